// A pointer pick moves on after a short pause, and that pause can be cancelled. Timers run on Playwright's clock,
// so the test is exact, not a race against 450 ms.
import { test, expect } from './fixtures.mjs';
import { StartScreen } from './pages/start.mjs';
import { QuestionScreen } from './pages/question.mjs';

test('a click moves on after the pause; Back or a key during the pause cancels it', async ({ page }) => {
  const start = new Date('2026-11-23T09:00:00Z');
  await page.clock.install({ time: start });
  const [startScreen, questionScreen] = [new StartScreen(page), new QuestionScreen(page)];
  await startScreen.open();
  await startScreen.start();
  await questionScreen.expectQuestion(1, 20);
  // Freeze time: from here on only runFor moves it, so a slow machine cannot let the pause elapse by itself.
  await page.clock.pauseAt(new Date(start.getTime() + 60_000));

  // Positive control: nothing interrupts, so the pick moves on once the pause has passed, not before.
  await page.getByRole('radio', { name: 'Agree', exact: true }).click();
  await page.clock.runFor(300);
  await questionScreen.expectQuestion(1, 20);
  await page.clock.runFor(300);
  await questionScreen.expectQuestion(2, 20);

  // Back during the pause: the person lands on question 1 and stays there.
  await page.getByRole('radio', { name: 'Disagree', exact: true }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.clock.runFor(2000);
  await questionScreen.expectQuestion(1, 20);

  // A key during the pause (here Tab, moving on through the page) cancels too, and the answer stays chosen.
  await page.getByRole('radio', { name: 'Strongly agree' }).click();
  await page.keyboard.press('Tab');
  await page.clock.runFor(2000);
  await questionScreen.expectQuestion(1, 20);
  await expect(page.getByRole('radio', { name: 'Strongly agree' })).toBeChecked();
});
