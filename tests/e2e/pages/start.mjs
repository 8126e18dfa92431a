// The start screen: choosing a questionnaire and a perspective, starting, and what is kept on this device
// (history and the data panel). Role and label locators reach into the widget's open shadow root.
import { expect } from '@playwright/test';

export class StartScreen {
  /** `scope`: a page, a frame locator or a host element locator (one widget). */
  constructor(page, scope = page) {
    this.page = page;
    this.scope = scope;
  }

  startButton() {
    return this.scope.getByRole('button', { name: 'Start', exact: true });
  }

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.startButton()).toBeVisible();
  }

  /** Opens the other questionnaires and views, one tap away under the preselected one (if not open already). */
  async openChoices() {
    const choices = this.scope.locator('details.rapport-choices');
    await expect(choices).toHaveCount(1);
    // Tried again until open: a page that re-renders the widget (the embed builder's live preview, after its last
    // input) can close them again right after the tap.
    await expect(async () => {
      if ((await choices.getAttribute('open')) === null) await choices.locator('> summary').click();
      await expect(choices).toHaveAttribute('open', '', { timeout: 1000 });
    }).toPass();
  }

  async choose(instrumentTitle, perspectiveLabel) {
    await this.openChoices();
    await this.scope.getByRole('radio', { name: new RegExp(instrumentTitle) }).check();
    if (perspectiveLabel) await this.scope.getByRole('radio', { name: new RegExp(perspectiveLabel) }).check();
  }

  async start() {
    await this.startButton().click();
  }

  history() {
    return this.scope.getByRole('region', { name: 'Your results on this device' }).getByRole('listitem');
  }

  async openLatestResult() {
    await this.scope.getByRole('region', { name: 'Your results on this device' }).getByRole('button').first().click();
  }

  async openDataPanel() {
    const summary = this.scope.getByText('Your data on this device');
    if (!(await this.scope.getByRole('button', { name: 'Download my results' }).isVisible())) await summary.click();
  }
}
