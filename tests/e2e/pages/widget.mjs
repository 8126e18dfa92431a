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
