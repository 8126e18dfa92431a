// The trust equation from first question to result by mouse, and the result is still there after a reload.
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';

test('answering every trust question by click shows the result, and it survives a reload', async ({ page }) => {
  const widget = new Widget(page);
  await widget.open();
  await widget.choose('Trust equation', 'About me');
  await widget.start();
  await widget.expectQuestion(1, 20);
  for (let number = 1; number <= 20; number += 1) {
    await widget.pickAndAdvance('Agree', number, 20);
  }
  // All "Agree": C = R = I = 7.75, S = 3.25 (agreeing lowers self-orientation), T = 23.25 / 3.25 = 7.15,
  // index = 100 ln(7.15 / 0.3) / ln(100) = 68.9, so 69 (the same case is a golden test in the core).
  await expect(widget.headline()).toHaveText('Trust index 69 of 100');
  await expect(page.getByTestId('score-credibility')).toHaveText('7.8 of 10');
  await expect(page.getByTestId('score-self-orientation')).toHaveText('3.3 of 10');
  await expect(page.getByText(/not a psychological test or a diagnosis/)).toBeVisible();

  await page.reload();
  await widget.openLatestResult();
  await expect(widget.headline()).toHaveText('Trust index 69 of 100');
});

test('a question left unanswered is named before the result, with a way straight to it', async ({ page }) => {
  const widget = new Widget(page);
  await widget.open();
  await widget.start();
  for (let number = 1; number <= 20; number += 1) {
    if (number === 3) {
      await page.getByRole('button', { name: 'Next' }).click();
      await widget.expectQuestion(4, 20);
      continue;
    }
    await widget.pickAndAdvance('Neither agree nor disagree', number, 20);
  }
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Almost there' })).toBeVisible();
  await page.getByRole('button', { name: /^Question 3:/ }).click();
  await widget.expectQuestion(3, 20);
  // A click moves on by itself; clicking Next as well would race the pause (on a loaded machine the pause can end
  // first, and Next then skips question 4), so wait for the widget to move on, as a person would.
  await widget.pickAndAdvance('Neither agree nor disagree', 3, 20);
  // Straight on to the end: everything is answered now.
  for (let number = 4; number <= 20; number += 1) await page.getByRole('button', { name: 'Next' }).click();
  await expect(widget.headline()).toHaveText('Trust index 50 of 100');
  // An even profile names no part as both strongest and weakest; every part's reading is shown open instead.
  await expect(page.getByRole('heading', { name: /^(Biggest opportunity|Strongest area):/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Credibility: mixed$/ })).toBeVisible();
});
