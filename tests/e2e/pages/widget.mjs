// Page object for the widget: actions named after what a person does. Playwright's role and label locators
// reach into the widget's open shadow root, and selecting by role proves the controls are accessible.
import { expect } from '@playwright/test';

export class Widget {
  /** `scope` narrows every query to one widget: a page, a frame locator, or a host element locator. */
  constructor(page, scope = page) {
    this.page = page;
    this.scope = scope;
  }

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.scope.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  }

  async choose(instrumentTitle, perspectiveLabel) {
    await this.scope.getByRole('radio', { name: new RegExp(instrumentTitle) }).check();
    if (perspectiveLabel) await this.scope.getByRole('radio', { name: new RegExp(perspectiveLabel) }).check();
  }

  async start() {
    await this.scope.getByRole('button', { name: 'Start', exact: true }).click();
  }

  progress() {
    return this.scope.getByText(/^Question \d+ of \d+$/);
  }

  async expectQuestion(number, total) {
    await expect(this.progress()).toHaveText(`Question ${number} of ${total}`);
  }

  /** Picks an answer by pointer (click or tap) and waits for the widget to move on by itself. */
  async pickAndAdvance(label, number, total, { tap = false } = {}) {
    const option = this.scope.getByRole('radio', { name: label, exact: true });
    if (tap) await option.tap();
    else await option.click();
    if (number < total) await this.expectQuestion(number + 1, total);
  }

  headline() {
    return this.scope.getByTestId('headline');
  }

  /** Finishes a session check-in with these four values (0 to 10), by click. */
  async finishCheckIn(values, perspective = 'I am the client') {
    await this.choose('Session check-in', perspective);
    await this.start();
    for (const [index, value] of values.entries()) {
      await this.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, values.length);
    }
    await expect(this.headline()).toHaveText(/^Check-in \d+ of 40$/);
  }

  history() {
    return this.scope.getByRole('region', { name: 'Your results on this device' }).getByRole('listitem');
  }

  async openDataPanel() {
    const summary = this.scope.getByText('Your data on this device');
    if (!(await this.scope.getByRole('button', { name: 'Download my results' }).isVisible())) await summary.click();
  }

  async openLatestResult() {
    await this.scope.getByRole('region', { name: 'Your results on this device' }).getByRole('button').first().click();
  }
}

/** Walks to each screen in turn, calling `visit(name)` on each: start, question, review, result. */
export async function visitEveryScreen(page, visit) {
  const widget = new Widget(page);
  await widget.open();
  await visit('start');
  await widget.start();
  await widget.expectQuestion(1, 20);
  await page.getByRole('radio', { name: 'Agree', exact: true }).focus();
  await visit('question');
  // Leave question 1 unanswered and skip to the end to reach the review.
  for (let number = 1; number < 20; number += 1) await page.getByRole('button', { name: 'Next' }).click();
  await widget.expectQuestion(20, 20);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Almost there' })).toBeVisible();
  await visit('review');
  // Answer everything (keyboard path: choose, then Next) and reach the result.
  await page.getByRole('button', { name: /^Question 1:/ }).click();
  for (let number = 1; number <= 20; number += 1) {
    // Space on a focused radio chooses it without a pointer, so no auto-advance races the Next click.
    await page.getByRole('radio', { name: number % 3 ? 'Agree' : 'Disagree', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Next' }).click();
    if (number < 20) await widget.expectQuestion(number + 1, 20);
  }
  await expect(widget.headline()).toBeVisible();
  await visit('result');
}
