// The trust equation by keyboard alone: arrows choose without moving on, Enter confirms.
import { test, expect } from './fixtures.mjs';
import { StartScreen } from './pages/start.mjs';
import { QuestionScreen } from './pages/question.mjs';
import { ResultScreen } from './pages/result.mjs';

async function tabTo(page, locator, limit = 25) {
  for (let i = 0; i < limit; i += 1) {
    if (await locator.evaluate((element) => element.matches(':focus'))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the control with Tab');
}

test('answering every trust question by keyboard shows the result, and it survives a reload', async ({ page }) => {
  // Timers on Playwright's clock: the pause a pointer pick waits for is run through, not slept through.
  await page.clock.install();
  const [startScreen, questionScreen, resultScreen] = [new StartScreen(page), new QuestionScreen(page), new ResultScreen(page)];
  await startScreen.open();
  await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
  await page.keyboard.press('Enter');
  await questionScreen.expectQuestion(1, 20);
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();

  for (let number = 1; number <= 20; number += 1) {
    // Tab from the statement into the scale, choose the first point, then arrow to "Strongly agree".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Strongly agree' })).toBeChecked();
    // Arrow keys never move on by themselves (WCAG 3.2.2): still on the same question once a pointer pick's
    // pause (450 ms) has passed.
    await page.clock.runFor(number === 1 ? 700 : 0);
    await questionScreen.expectQuestion(number, 20);
    await page.keyboard.press('Enter');
    if (number < 20) {
      await questionScreen.expectQuestion(number + 1, 20);
      await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
    }
  }
  // All "Strongly agree" on version 2, whose reverse-keyed statements keep agreeing with everything from the top:
  // trust 5.35, index 63, hand-checked in crates/core/tests/versions.rs (version 1 gave 100).
  await expect(resultScreen.headline()).toHaveText('Trust index 63 of 100');

  await page.reload();
  await startScreen.openLatestResult();
  await expect(resultScreen.headline()).toHaveText('Trust index 63 of 100');
});
