// Walks that cross screens, written with the screens' page objects (start.mjs, question.mjs, result.mjs).
import { expect } from '@playwright/test';
import { StartScreen } from './start.mjs';
import { QuestionScreen } from './question.mjs';
import { ResultScreen } from './result.mjs';

/** Finishes a session check-in with these four values (0 to 10), by click, from the start screen. */
export async function finishCheckIn(page, values, perspective = 'I am the client', scope = page) {
  const [start, question, result] = [new StartScreen(page, scope), new QuestionScreen(page, scope), new ResultScreen(page, scope)];
  await start.choose('Session check-in', perspective);
  await start.start();
  for (const [index, value] of values.entries()) {
    await question.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, values.length);
  }
  await expect(result.headline()).toHaveText(/^Check-in \d+ of 40$/);
}
