// Dates are written by the browser's Intl, through one formatter per page: `toLocaleDateString` builds a new
// formatter on every call, which cost a phone about 25 ms per date. And pressing Start does not redraw the start
// screen it is leaving (its list of results, with their dates) before the first question appears.
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';

// Counts, before any page script runs, how often the page makes a date formatter, formats with one, or calls
// toLocaleDateString.
function countDateWork() {
  window.dateWork = { formatters: 0, formatted: 0, toLocaleDateString: 0 };
  const Original = Intl.DateTimeFormat;
  Intl.DateTimeFormat = function CountingDateTimeFormat(...args) {
    window.dateWork.formatters += 1;
    const formatter = new Original(...args);
    return new Proxy(formatter, {
      get(target, name) {
        if (name === 'format') {
          return (date) => {
            window.dateWork.formatted += 1;
            return target.format(date);
          };
        }
        const value = target[name];
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  const toLocaleDateString = Date.prototype.toLocaleDateString;
  Date.prototype.toLocaleDateString = function countingToLocaleDateString(...args) {
    window.dateWork.toLocaleDateString += 1;
    return toLocaleDateString.apply(this, args);
  };
}

const dateWork = (page) => page.evaluate(() => window.dateWork);

test('one date formatter serves every date on the page, and Start does not redraw the screen it leaves', async ({
  page,
}) => {
  await page.addInitScript(countDateWork);
  const widget = new Widget(page);
  await widget.open();
  await widget.finishCheckIn([6, 7, 8, 7]);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await widget.finishCheckIn([5, 7, 8, 9]);

  await page.reload();
  await expect(widget.history()).toHaveCount(2);
  // Both dates written, by one formatter, and never by toLocaleDateString.
  expect(await dateWork(page)).toEqual({ formatters: 1, formatted: 2, toLocaleDateString: 0 });
  await expect(widget.history().first()).toContainText(/ · Session check-in · Check-in 29 of 40$/);

  await page.evaluate(() => Object.assign(window.dateWork, { formatters: 0, formatted: 0 }));
  await widget.choose('Trust equation', 'About me');
  await widget.start();
  await widget.expectQuestion(1, 20);
  // The new run's draft changes the kept data, which the start screen lists; it is gone before it could redraw.
  expect(await dateWork(page)).toEqual({ formatters: 0, formatted: 0, toLocaleDateString: 0 });
});
