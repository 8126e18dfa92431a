// The fault table (docs/reliability.md): every way storage can fail, each driven in a real browser, each asserting
// the message the person reads AND that no earlier result was lost. The rules themselves are tested natively in
// crates/core/tests/keeper.rs; this proves the browser wiring (localStorage's real errors, events between tabs).
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';
import { downloaded } from './downloads.mjs';

const KEY = 'rapport:default:data';
const BACKUPS = ['rapport:default:backup', 'rapport:default:backup-2', 'rapport:default:backup-3'];

/** A stored check-in result from an earlier visit: the result that must never be lost. */
const EARLIER = {
  id: '1700000000000-checkin-client',
  instrument: 'checkin',
  version: 1,
  perspective: 'client',
  answers: [7, 8, 6, 7],
  completed_at: 1700000000000,
};
const envelope = (results = [EARLIER]) => JSON.stringify({ schema: 2, results, drafts: [] });

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const put = (page, entries) =>
  page.evaluate((pairs) => {
    for (const [key, value] of pairs) localStorage.setItem(key, value);
  }, Object.entries(entries));

/** Fills the origin's storage until even a small write fails (bounded loops); returns how many fillers. */
const fillStorage = (page) =>
  page.evaluate(() => {
    let count = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16, 1]) {
      const chunk = 'x'.repeat(size);
      for (let i = 0; i < 64; i += 1) {
        try {
          localStorage.setItem(`filler-${count}`, chunk);
          count += 1;
        } catch {
          break;
        }
      }
    }
    return count;
  });

/** Opens the page with `entries` already stored (written on a first visit, then reloaded). */
async function openWith(page, entries) {
  const widget = new Widget(page);
  await widget.open();
  await put(page, entries);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  return widget;
}


test('storage switched off: memory only, said once, the result still counts', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user denied storage', 'SecurityError');
      },
    });
  });
  const widget = new Widget(page);
  await widget.open();
  await expect(page.getByText(/not letting the page keep anything/)).toHaveCount(1);
  await widget.finishCheckIn([5, 6, 7, 8]);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(widget.history()).toHaveCount(1);
});

test('a damaged record: the rest is kept, the exact text is set aside and offered', async ({ page }) => {
  const damaged = JSON.stringify({ schema: 2, results: [EARLIER, { id: 'x', answers: 'no' }], drafts: [] });
  const widget = await openWith(page, { [KEY]: damaged });
  await expect(page.getByText(/could not be read\. Everything readable was kept/)).toBeVisible();
  await expect(widget.history()).toHaveCount(1);
  expect(await stored(page, BACKUPS[0])).toBe(damaged);
});

test('truncated data: set aside before anything is written, the next result written beside the readable part', async ({
  page,
}) => {
  const full = envelope([EARLIER, { ...EARLIER, id: '1700000001000-checkin-client', completed_at: 1700000001000 }]);
  const truncated = full.slice(0, full.length - 40);
  const widget = await openWith(page, { [KEY]: truncated });
  await expect(page.getByText(/could not be read/)).toBeVisible();
  expect(await stored(page, BACKUPS[0])).toBe(truncated);
  await widget.finishCheckIn([4, 4, 4, 4]);
  expect(await stored(page, BACKUPS[0]), 'the copy survives the write').toBe(truncated);
});

test('data from a newer version: named as such, what can be read is kept, a full copy set aside', async ({ page }) => {
  const newer = JSON.stringify({ schema: 9, results: [EARLIER], drafts: [], somethingNew: true });
  const widget = await openWith(page, { [KEY]: newer });
  await expect(page.getByText(/written by a newer version of this tool/)).toBeVisible();
  await expect(widget.history()).toHaveCount(1);
  expect(await stored(page, BACKUPS[0])).toBe(newer);
});

test('no room for the backup: the unreadable data is never overwritten and is offered right in the notice', async ({
  page,
}) => {
  // An unreadable history (above the read limit) in a full origin: the copy cannot be written.
  const widget = new Widget(page);
  await widget.open();
  const huge = await page.evaluate((earlier) => {
    const results = Array.from({ length: 20000 }, (_, n) => ({ ...earlier, id: `r${n}`, completed_at: 1 + n }));
    return JSON.stringify({ schema: 2, results, drafts: [] });
  }, EARLIER);
  expect(huge.length).toBeGreaterThan(2 * 1024 * 1024);
  await put(page, { [KEY]: huge });
  await fillStorage(page);
  await page.reload();
  await expect(page.getByText(/no room to set a copy aside\. They were left exactly as they were/)).toBeVisible();
  await widget.finishCheckIn([9, 9, 9, 9]);
  expect((await stored(page)) === huge, 'the stored text is untouched after a whole check-in').toBe(true);
  const { text } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Save a copy of the unreadable data' }).click(),
  );
  expect(text === huge).toBe(true);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(widget.history(), 'this visit\'s result counts in memory').toHaveCount(1);
});

test('a second damage keeps the first backup and adds its own', async ({ page }) => {
  const widget = await openWith(page, { [BACKUPS[0]]: 'first damage', [KEY]: 'second damage' });
  await expect(page.getByText(/could not be read/)).toBeVisible();
  expect(await stored(page, BACKUPS[0])).toBe('first damage');
  expect(await stored(page, BACKUPS[1])).toBe('second damage');
  await widget.openDataPanel();
  await expect(page.getByRole('button', { name: /^Download the unreadable data \(\d of 2\)$/ })).toHaveCount(2);
});

test('every backup slot taken: nothing is overwritten until the person frees the copies', async ({ page }) => {
  const widget = await openWith(page, {
    [BACKUPS[0]]: 'damage 1',
    [BACKUPS[1]]: 'damage 2',
    [BACKUPS[2]]: 'damage 3',
    [KEY]: 'damage 4',
  });
  await expect(page.getByText(/three earlier copies of unreadable data are already set aside/)).toBeVisible();
  await widget.finishCheckIn([6, 6, 6, 6]);
  expect(await stored(page)).toBe('damage 4');
  await page.getByRole('button', { name: 'Back to start' }).click();
  await widget.openDataPanel();
  await expect(page.getByRole('button', { name: /^Download the unreadable data \(\d of 4\)$/ })).toHaveCount(4);
  await page.getByRole('button', { name: 'I have saved them: delete the set-aside copies' }).click();
  await expect(page.getByText('The set-aside copies were deleted.')).toBeVisible();
  expect(await stored(page, BACKUPS[0]), 'the fourth is set aside now').toBe('damage 4');
  expect(JSON.parse(await stored(page)).results).toHaveLength(1);
});

test('storage full while answering: every answer counts, told once, the result can still be downloaded', async ({
  page,
}) => {
  const widget = await openWith(page, { [KEY]: envelope() });
  await fillStorage(page);
  await widget.finishCheckIn([3, 4, 5, 6]);
  const notice = page.getByText(/storage is full/);
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Back to start' }).click();
  await widget.finishCheckIn([7, 7, 7, 7]);
  await expect(notice, 'not told again on every answer').toBeHidden();
  expect(JSON.parse(await stored(page)).results, 'the earlier result is still stored').toHaveLength(1);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(widget.history()).toHaveCount(3);
  await widget.openDataPanel();
  const { text } = await downloaded(page, () => page.getByRole('button', { name: 'Download my results' }).click());
  const exported = JSON.parse(text);
  expect(exported.results).toHaveLength(3);
});

test('two tabs finishing in the same instant keep both results', async ({ page, context }) => {
  const first = await openWith(page, { [KEY]: envelope() });
  const other = await context.newPage();
  const second = new Widget(other);
  await second.open();
  for (const [widget, p] of [[first, page], [second, other]]) {
    await widget.choose('Session check-in', 'I am the client');
    await widget.start();
    for (const [index, value] of [5, 5, 5].entries()) {
      await widget.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4);
    }
    await expect(p.getByText('Question 4 of 4')).toBeVisible();
  }
  // Each tab's next read of its data sees the copy from before either finished, as a tab in another process does
  // when the writes land within milliseconds (Chromium syncs localStorage between processes asynchronously).
  for (const p of [page, other]) {
    await p.evaluate((key) => {
      const read = Storage.prototype.getItem;
      const stale = read.call(localStorage, key);
      // Stale for every read of the task that handles the last answer (it saves the draft, then the result).
      let lagging = true;
      Storage.prototype.getItem = function getItem(k) {
        if (lagging && k === key) {
          setTimeout(() => {
            lagging = false;
          }, 0);
          return stale;
        }
        return read.call(this, k);
      };
    }, KEY);
  }
  // Both last answers land together.
  await Promise.all([
    page.getByRole('radio', { name: /^8 of 10/ }).click(),
    other.getByRole('radio', { name: /^9 of 10/ }).click(),
  ]);
  await expect(first.headline()).toBeVisible();
  await expect(second.headline()).toBeVisible();
  await expect
    .poll(async () => JSON.parse(await stored(page)).results.length, { message: 'both results and the earlier one' })
    .toBe(3);
  await other.reload();
  await expect(second.history()).toHaveCount(3);
});

test('an erase in one tab is not undone by another tab that still shows the results', async ({ page, context }) => {
  const first = await openWith(page, { [KEY]: envelope() });
  const other = await context.newPage();
  const second = new Widget(other);
  await second.open();
  await expect(second.history()).toHaveCount(1);
  await first.openDataPanel();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByText('Everything was erased from this device.')).toBeVisible();
  await expect(second.history()).toHaveCount(0);
  await second.finishCheckIn([2, 2, 2, 2]);
  const kept = JSON.parse(await stored(page)).results;
  expect(kept.map((r) => r.id)).not.toContain(EARLIER.id);
  expect(kept).toHaveLength(1);
});

test('an erase the browser refuses says so instead of claiming it erased', async ({ page }) => {
  const widget = await openWith(page, { [KEY]: envelope() });
  await page.evaluate(() => {
    Storage.prototype.removeItem = () => {
      throw new DOMException('refused', 'SecurityError');
    };
  });
  await widget.openDataPanel();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByText(/refused to erase your saved answers/)).toBeVisible();
  await expect(page.getByText('Everything was erased from this device.')).toHaveCount(0);
  expect(await stored(page)).not.toBeNull();
});

test('a garbage import changes nothing and says why', async ({ page }) => {
  const widget = await openWith(page, { [KEY]: envelope() });
  await widget.openDataPanel();
  await page.getByLabel('Import a file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('\u0000\u0001 not json {{{'),
  });
  await expect(page.getByText(/not a rapport export/)).toBeVisible();
  expect(await stored(page)).toBe(envelope());
  await expect(widget.history()).toHaveCount(1);
});

test('a reload mid-questionnaire keeps every answer and the earlier result', async ({ page }) => {
  const widget = await openWith(page, { [KEY]: envelope() });
  await widget.choose('Session check-in', 'I am the client');
  await widget.start();
  await widget.pickAndAdvance(/^6 of 10/, 1, 4);
  await widget.pickAndAdvance(/^7 of 10/, 2, 4);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Continue where you left off?' })).toContainText('2 of 4 answered');
  await expect(widget.history()).toHaveCount(1);
});

test('the same namespace twice on one page: one store, both widgets see each result', async ({ page }) => {
  await page.goto('/test/namespaces.html');
  const first = new Widget(page, page.locator('#first'));
  const third = new Widget(page, page.locator('#third'));
  await expect(first.scope.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await first.start();
  for (const [index, value] of [5, 6, 7, 8].entries()) {
    await first.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4);
  }
  await expect(first.headline()).toBeVisible();
  await expect(third.history()).toHaveCount(1);
  expect(JSON.parse(await stored(page, 'rapport:team-a:data')).results).toHaveLength(1);
});
