// Page object for the widget: actions named after what a person does. Playwright's role and label locators
// reach into the widget's open shadow root, and selecting by role proves the controls are accessible.
import { expect } from '@playwright/test';

export class Widget {
  constructor(page) {
    this.page = page;
  }

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.page.getByRole('button', { name: 'Start' })).toBeVisible();
  }

  async choose(instrumentTitle, perspectiveLabel) {
    await this.page.getByRole('radio', { name: new RegExp(instrumentTitle) }).check();
    if (perspectiveLabel) await this.page.getByRole('radio', { name: new RegExp(perspectiveLabel) }).check();
  }

  async start() {
    await this.page.getByRole('button', { name: 'Start' }).click();
  }

  progress() {
    return this.page.getByText(/^Question \d+ of \d+$/);
  }

  async expectQuestion(number, total) {
    await expect(this.progress()).toHaveText(`Question ${number} of ${total}`);
  }

  /** Picks an answer by pointer (click or tap) and waits for the widget to move on by itself. */
  async pickAndAdvance(label, number, total, { tap = false } = {}) {
    const option = this.page.getByRole('radio', { name: label, exact: true });
    if (tap) await option.tap();
    else await option.click();
    if (number < total) await this.expectQuestion(number + 1, total);
  }

  headline() {
    return this.page.getByTestId('headline');
  }

  async openLatestResult() {
    await this.page.getByRole('region', { name: 'Your results on this device' }).getByRole('button').first().click();
  }
}
