// Results answered before the questions changed (trust equation and working alliance, version 1) still open with
// their original scores, and say that the questions have since changed. The codes and the stored text below were
// made by rapport before version 2 (crates/core/tests/versions.rs checks the same ones and their arithmetic).
import { test, expect } from './fixtures.mjs';
import { StartScreen } from './pages/start.mjs';
import { QuestionScreen } from './pages/question.mjs';
import { ResultScreen } from './pages/result.mjs';
import { seedStored, storedEnvelope, storedResult, withSharedCode } from './builders.mjs';

const OLD_TRUST_LINK = 'BAwOXyc5M9tVPv0FuYQH1Y';
const OLD_STORAGE = storedEnvelope([
  storedResult({ instrument: 'trust', version: 1, perspective: 'self', answers: Array(20).fill(4), completedAt: 1763900000000 }),
]);
const NOTE = /^The questions have changed since this result was answered/;

test('an old share link opens with its version 1 scores and the note that the questions changed', async ({ page }) => {
  await page.goto(withSharedCode('/summary.html', OLD_TRUST_LINK));
  // Version 1, all "Agree": C = 7.75, S = 3.25, index 69 (version 2 would give 57 for the same answers).
  await expect(page.getByTestId('headline')).toHaveText('Trust index 69 of 100');
  await expect(page.getByTestId('score-credibility')).toHaveText('7.8 of 10');
  await expect(page.getByTestId('edition-note')).toHaveText(NOTE);
  await expect(page.getByText(/not a clinical or psychological test/)).toBeVisible();
});

test('an old stored result opens with its version 1 score and the note; a new result has no note', async ({ page }) => {
  await seedStored(page, OLD_STORAGE);
  const [start, question, result] = [new StartScreen(page), new QuestionScreen(page), new ResultScreen(page)];
  await start.open('/');
  await expect(start.history()).toHaveText([/Trust equation · Trust index 69 of 100$/]);
  await start.openLatestResult();
  await expect(result.headline()).toHaveText('Trust index 69 of 100');
  await expect(page.getByTestId('edition-note')).toHaveText(NOTE);

  // A new result on version 2, compared with the old one: the change is shown, with a word on the versions.
  await result.backToStart();
  await start.choose('Trust equation', 'About me');
  await start.start();
  for (let number = 1; number <= 20; number += 1) await question.pickAndAdvance('Agree', number, 20);
  await expect(result.headline()).toHaveText('Trust index 57 of 100');
  await expect(page.getByTestId('edition-note')).toBeHidden();
  await expect(page.getByText(/^These results come from different versions of the questions/)).toBeVisible();
});
