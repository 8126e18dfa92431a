// Pressing Start does not redraw the start screen it is leaving. That screen lists the person's results with
// their dates, and a page's first date costs a phone about 30 ms (the browser loads its locale data): it was most
// of the time between Start and the first question.
import { test, expect } from './fixtures.mjs';
import { StartScreen } from './pages/start.mjs';
import { QuestionScreen } from './pages/question.mjs';
import { finishCheckIn } from './pages/flows.mjs';

// Counts, before any page script runs, every date the page writes (the widget writes them all through
// toLocaleDateString).
function countDates() {
  window.datesWritten = 0;
  const toLocaleDateString = Date.prototype.toLocaleDateString;
  Date.prototype.toLocaleDateString = function countingToLocaleDateString(...args) {
    window.datesWritten += 1;
    return toLocaleDateString.apply(this, args);
  };
}

const datesWritten = (page) => page.evaluate(() => window.datesWritten);

test('pressing Start goes to the first question without redrawing the start screen first', async ({ page }) => {
  await page.addInitScript(countDates);
  const [start, question] = [new StartScreen(page), new QuestionScreen(page)];
  await start.open();
  await finishCheckIn(page, [6, 7, 8, 7]);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await finishCheckIn(page, [5, 7, 8, 9]);

  await page.reload();
  await expect(start.history()).toHaveCount(2);
  // The positive control: the start screen's two results, two dates, and the counting sees them.
  expect(await datesWritten(page)).toBe(2);
  await expect(start.history().first()).toContainText(/ · Session check-in · Check-in 29 of 40$/);

  await start.choose('Trust equation', 'About me');
  await start.start();
  await question.expectQuestion(1, 20);
  // The new run's draft changes the kept data, which the start screen lists; it is gone before it could redraw.
  expect(await datesWritten(page)).toBe(2);
});
