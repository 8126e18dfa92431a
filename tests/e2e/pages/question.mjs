// A question screen: its progress line and the answer scale, by pointer or tap.
import { expect } from '@playwright/test';

export class QuestionScreen {
  constructor(page, scope = page) {
    this.page = page;
    this.scope = scope;
  }

  progress() {
    return this.scope.getByText(/^Question \d+ of \d+$/);
  }

  async expectQuestion(number, total) {
    await expect(this.progress()).toHaveText(`Question ${number} of ${total}`);
  }

  answer(label) {
    return this.scope.getByRole('radio', { name: label, exact: true });
  }

  /** Picks an answer by pointer (click or tap) and waits for the widget to move on by itself. */
  async pickAndAdvance(label, number, total, { tap = false } = {}) {
    const option = this.answer(label);
    if (tap) await option.tap();
    else await option.click();
    if (number < total) await this.expectQuestion(number + 1, total);
  }

  async next() {
    await this.scope.getByRole('button', { name: 'Next' }).click();
  }
}
