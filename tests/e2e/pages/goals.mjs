// The goals screen: naming and changing goals, rating a session (the check-in's four statements and each goal),
// and the progress view (each goal's line, its numbers as text, the table of sessions).
import { expect } from '@playwright/test';

export class GoalsScreen {
  /** `scope`: a page, a frame locator or a host element locator (one widget). */
  constructor(page, scope = page) {
    this.page = page;
    this.scope = scope;
  }

  heading(name) {
    return this.scope.getByRole('heading', { level: 2, name });
  }

  said() {
    return this.scope.locator('.rapport-goals__said');
  }

  async addGoal(name, done = '') {
    await this.scope.getByRole('textbox', { name: 'A goal, in your own words' }).fill(name);
    if (done) await this.scope.locator('.rapport-goals__add').getByRole('textbox', { name: /What done would look like/ }).fill(done);
    await this.scope.getByRole('button', { name: 'Add this goal' }).click();
  }

  /** Opens a goal's changes (they stay open while the list updates after a change). */
  async openChanges(goal) {
    const details = goal.locator('details');
    if (!(await details.evaluate((element) => element.open))) await goal.getByText('Change', { exact: true }).click();
    await expect(details).toHaveAttribute('open', '');
  }

  goals() {
    return this.scope.locator('.rapport-goals__goal');
  }

  async rateSession({ checkin = [], goals = [], note = '' }) {
    await this.scope.getByRole('button', { name: 'Rate a session' }).click();
    await expect(this.heading('After a session')).toBeFocused();
    // Nothing is preset.
    await expect(this.scope.getByRole('radio', { checked: true })).toHaveCount(0);
    const groups = this.scope.getByRole('group');
    for (const [index, value] of checkin.entries()) {
      if (value !== null) await groups.nth(index).getByRole('radio', { name: new RegExp(`^${value} of 10`) }).check();
    }
    for (const [name, value] of goals) {
      await this.scope.getByRole('group', { name: `Progress on “${name}”` }).getByRole('radio', { name: new RegExp(`^${value} of 10`) }).check();
    }
    if (note) await this.scope.getByRole('textbox', { name: /What did you notice/ }).fill(note);
    await this.scope.getByRole('button', { name: 'Save this session' }).click();
  }

  trend(name) {
    return this.scope.locator('.rapport-goals__trend').filter({ has: this.scope.getByRole('heading', { name }) });
  }

  table() {
    return this.scope.getByRole('region', { name: 'Every session, newest first' }).getByRole('table');
  }
}
