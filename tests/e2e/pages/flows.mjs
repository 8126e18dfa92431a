// Walks that cross screens, written with the screens' page objects (start.mjs, question.mjs, review.mjs, result.mjs).
import { expect } from '@playwright/test';
import { StartScreen } from './start.mjs';
import { QuestionScreen } from './question.mjs';
import { ResultScreen } from './result.mjs';

/** Finishes a session check-in with these four values (0 to 10), by click, from the start screen; `scope`: one
 * widget (a host element or frame locator) when the page has several. */
export async function finishCheckIn(page, values, { perspective = 'I am the client', scope = page } = {}) {
  const [start, question, result] = [new StartScreen(page, scope), new QuestionScreen(page, scope), new ResultScreen(page, scope)];
  await start.choose('Session check-in', perspective);
  await start.start();
  for (const [index, value] of values.entries()) {
    await question.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, values.length);
  }
  await expect(result.headline()).toHaveText(/^Check-in \d+ of 40$/);
}

/** Walks to each screen in turn, calling `visit(name)` on each: start, question, review, result. */
export async function visitEveryScreen(page, visit) {
  const [start, question, result] = [new StartScreen(page), new QuestionScreen(page), new ResultScreen(page)];
  await start.open();
  await visit('start');
  await start.start();
  await question.expectQuestion(1, 20);
  await question.answer('Agree').focus();
  await visit('question');
  // Leave question 1 unanswered and skip to the end to reach the review.
  for (let number = 1; number < 20; number += 1) await question.next();
  await question.expectQuestion(20, 20);
  await question.next();
  await expect(page.getByRole('heading', { name: 'Almost there' })).toBeVisible();
  await visit('review');
  // Answer everything (keyboard path: choose, then Next) and reach the result.
  await page.getByRole('button', { name: /^Question 1:/ }).click();
  for (let number = 1; number <= 20; number += 1) {
    // Space on a focused radio chooses it without a pointer, so no auto-advance races the Next click.
    await question.answer(number % 3 ? 'Agree' : 'Disagree').focus();
    await page.keyboard.press('Space');
    await question.next();
    if (number < 20) await question.expectQuestion(number + 1, 20);
  }
  await expect(result.headline()).toBeVisible();
  await visit('result');
}
