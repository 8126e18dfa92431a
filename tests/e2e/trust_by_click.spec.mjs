// The trust equation from first question to result by mouse, and the result is still there after a reload.
import { test, expect } from './fixtures.mjs';
import { StartScreen } from './pages/start.mjs';
import { QuestionScreen } from './pages/question.mjs';
import { ResultScreen } from './pages/result.mjs';

test('answering every trust question by click shows the result, and it survives a reload', async ({ page }) => {
  const [startScreen, questionScreen, resultScreen] = [new StartScreen(page), new QuestionScreen(page), new ResultScreen(page)];
  await startScreen.open();
  await startScreen.choose('Trust equation', 'About me');
  await startScreen.start();
  await questionScreen.expectQuestion(1, 20);
  for (let number = 1; number <= 20; number += 1) {
    await questionScreen.pickAndAdvance('Agree', number, 20);
  }
  // All "Agree" on version 2, where one statement per factor is reversed: C = R = I = 4 + 4 + 4 + 4 + (6 - 4) = 18,
  // 6.85; S = 3 x 2 (generous, reversed) + 2 x 4 (self-focused) = 14, 5.05. T = 20.55 / 5.05 = 4.07,
  // index = 100 ln(4.07 / 0.3) / ln(100) = 56.6, so 57 (the same case is a golden test in the core).
  await expect(resultScreen.headline()).toHaveText('Trust index 57 of 100');
  await expect(page.getByTestId('score-credibility')).toHaveText('6.9 of 10');
  await expect(page.getByTestId('score-self-orientation')).toHaveText('5.1 of 10');
  await expect(page.getByText(/not a clinical or psychological test or a diagnosis/)).toBeVisible();

  await page.reload();
  await startScreen.openLatestResult();
  await expect(resultScreen.headline()).toHaveText('Trust index 57 of 100');
});

test('a question left unanswered is named before the result, with a way straight to it', async ({ page }) => {
  const [startScreen, questionScreen, resultScreen] = [new StartScreen(page), new QuestionScreen(page), new ResultScreen(page)];
  await startScreen.open();
  await startScreen.start();
  for (let number = 1; number <= 20; number += 1) {
    if (number === 3) {
      await page.getByRole('button', { name: 'Next' }).click();
      await questionScreen.expectQuestion(4, 20);
      continue;
    }
    await questionScreen.pickAndAdvance('Neither agree nor disagree', number, 20);
  }
  // The last pick moves on by itself, to the review (question 3 is unanswered). Clicking Next as well raced the
  // pause: in Firefox on a busy machine the pause ended first, Next was gone, and the click waited for it forever.
  await expect(page.getByRole('heading', { name: 'Almost there' })).toBeVisible();
  await page.getByRole('button', { name: /^Question 3:/ }).click();
  await questionScreen.expectQuestion(3, 20);
  // A click moves on by itself; clicking Next as well would race the pause (on a loaded machine the pause can end
  // first, and Next then skips question 4), so wait for the widget to move on, as a person would.
  await questionScreen.pickAndAdvance('Neither agree nor disagree', 3, 20);
  // Straight on to the end: everything is answered now.
  for (let number = 4; number <= 20; number += 1) await page.getByRole('button', { name: 'Next' }).click();
  await expect(resultScreen.headline()).toHaveText('Trust index 50 of 100');
  // An even profile names no part as both strongest and weakest; every part's reading is shown open instead.
  await expect(page.getByRole('heading', { name: /^(Biggest opportunity|Strongest area):/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Credibility: mixed$/ })).toBeVisible();
});
