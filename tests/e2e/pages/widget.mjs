// The widget as a person meets it: one page object per screen (start.mjs, question.mjs, result.mjs), reached as
// `widget.startScreen`, `widget.question` and `widget.result`, and the everyday actions on them named here, so a
// spec reads as what a person does. Add a screen's queries to its own file, not here.
import { expect } from '@playwright/test';
import { StartScreen } from './start.mjs';
import { QuestionScreen } from './question.mjs';
import { ResultScreen } from './result.mjs';

export class Widget {
  /** `scope` narrows every query to one widget: a page, a frame locator, or a host element locator. */
  constructor(page, scope = page) {
    this.page = page;
    this.scope = scope;
    this.startScreen = new StartScreen(page, scope);
    this.question = new QuestionScreen(page, scope);
    this.result = new ResultScreen(page, scope);
  }

  open(path) {
    return this.startScreen.open(path);
  }

  openChoices() {
    return this.startScreen.openChoices();
  }

  choose(instrumentTitle, perspectiveLabel) {
    return this.startScreen.choose(instrumentTitle, perspectiveLabel);
  }

  start() {
    return this.startScreen.start();
  }

  progress() {
    return this.question.progress();
  }

  expectQuestion(number, total) {
    return this.question.expectQuestion(number, total);
  }

  pickAndAdvance(label, number, total, options) {
    return this.question.pickAndAdvance(label, number, total, options);
  }

  headline() {
    return this.result.headline();
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
    return this.startScreen.history();
  }

  openDataPanel() {
    return this.startScreen.openDataPanel();
  }

  openLatestResult() {
    return this.startScreen.openLatestResult();
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
