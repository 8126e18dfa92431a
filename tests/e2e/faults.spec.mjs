// The fault table (docs/reliability.md): every way storage can fail, each driven in a real browser, each asserting
// the message the person reads AND that no earlier result was lost. The rules themselves are tested natively in
// crates/core/tests/keeper.rs; this proves the browser wiring (localStorage's real errors, events between tabs).
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';
import { finishCheckIn } from './pages/flows.mjs';
import { downloaded } from './downloads.mjs';
import {
  backupKeys,
  EARLIER,
  envelope,
  fillStorage,
  makeReadsStale,
  putStored,
  readStored,
  storageKey,
  storedResult,
} from './builders.mjs';

const KEY = storageKey();
const BACKUPS = backupKeys();
const stored = readStored;
const put = putStored;

/** Opens the page with `entries` already stored (written on a first visit, then reloaded). */
async function openWith(page, entries) {
  const widget = new Widget(page);
  await widget.startScreen.open();
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
  await widget.startScreen.open();
  await expect(page.getByText(/not letting the page keep anything/)).toHaveCount(1);
  await finishCheckIn(widget.page, [5, 6, 7, 8], { scope: widget.scope });
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(widget.startScreen.history()).toHaveCount(1);
});

test('a damaged record: the rest is kept, the exact text is set aside and offered', async ({ page }) => {
  const damaged = JSON.stringify({ schema: 2, results: [EARLIER, { id: 'x', answers: 'no' }], drafts: [] });
  const widget = await openWith(page, { [KEY]: damaged });
  await expect(page.getByText(/could not be read\. Everything readable was kept/)).toBeVisible();
  await expect(widget.startScreen.history()).toHaveCount(1);
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
  await finishCheckIn(widget.page, [4, 4, 4, 4], { scope: widget.scope });
  expect(await stored(page, BACKUPS[0]), 'the copy survives the write').toBe(truncated);
});

test('data from a newer version: named as such, what can be read is kept, a full copy set aside', async ({ page }) => {
  const newer = JSON.stringify({ schema: 9, results: [EARLIER], drafts: [], somethingNew: true });
  const widget = await openWith(page, { [KEY]: newer });
  await expect(page.getByText(/written by a newer version of this tool/)).toBeVisible();
  await expect(widget.startScreen.history()).toHaveCount(1);
  expect(await stored(page, BACKUPS[0])).toBe(newer);
});

test('no room for the backup: the unreadable data is never overwritten and is offered right in the notice', async ({
  page,
}) => {
  // An unreadable history (above the read limit) in a full origin: the copy cannot be written.
  const widget = new Widget(page);
  await widget.startScreen.open();
  const huge = await page.evaluate((earlier) => {
    const results = Array.from({ length: 20000 }, (_, n) => ({ ...earlier, id: `r${n}`, completed_at: 1 + n }));
    return JSON.stringify({ schema: 2, results, drafts: [] });
  }, EARLIER);
  expect(huge.length).toBeGreaterThan(2 * 1024 * 1024);
  await put(page, { [KEY]: huge });
  await fillStorage(page);
  await page.reload();
  await expect(page.getByText(/no room to set a copy aside\. They were left exactly as they were/)).toBeVisible();
  await finishCheckIn(widget.page, [9, 9, 9, 9], { scope: widget.scope });
  expect((await stored(page)) === huge, 'the stored text is untouched after a whole check-in').toBe(true);
  const { text } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Save a copy of the unreadable data' }).click(),
  );
  expect(text === huge).toBe(true);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(widget.startScreen.history(), 'this visit\'s result counts in memory').toHaveCount(1);
});

test('a second damage keeps the first backup and adds its own', async ({ page }) => {
  const widget = await openWith(page, { [BACKUPS[0]]: 'first damage', [KEY]: 'second damage' });
  await expect(page.getByText(/could not be read/)).toBeVisible();
  expect(await stored(page, BACKUPS[0])).toBe('first damage');
  expect(await stored(page, BACKUPS[1])).toBe('second damage');
  await widget.startScreen.openDataPanel();
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
  await finishCheckIn(widget.page, [6, 6, 6, 6], { scope: widget.scope });
  expect(await stored(page)).toBe('damage 4');
  await page.getByRole('button', { name: 'Back to start' }).click();
  await widget.startScreen.openDataPanel();
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
  await finishCheckIn(widget.page, [3, 4, 5, 6], { scope: widget.scope });
  const notice = page.getByText(/storage is full/);
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Back to start' }).click();
  await finishCheckIn(widget.page, [7, 7, 7, 7], { scope: widget.scope });
  await expect(notice, 'not told again on every answer').toBeHidden();
  expect(JSON.parse(await stored(page)).results, 'the earlier result is still stored').toHaveLength(1);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(widget.startScreen.history()).toHaveCount(3);
  await widget.startScreen.openDataPanel();
  const { text } = await downloaded(page, () => page.getByRole('button', { name: 'Download my results' }).click());
  const exported = JSON.parse(text);
  expect(exported.results).toHaveLength(3);
});

test('storage that stops being readable mid-visit is never written over, told once', async ({ page }) => {
  const widget = await openWith(page, { [KEY]: envelope() });
  // Another tab adds a result this tab has not read; then this browser's getItem starts throwing (storage
  // switched off mid-visit). Writing this tab's memory now would drop the other tab's result.
  const otherTab = storedResult({ ...EARLIER, completedAt: 1700000100000 });
  await put(page, { [KEY]: envelope([EARLIER, otherTab]) });
  await page.evaluate(() => {
    Storage.prototype.getItem = function refuse() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await finishCheckIn(widget.page, [3, 4, 5, 6], { scope: widget.scope });
  const notice = page.getByText(/stopped letting the page read its saved answers/);
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Back to start' }).click();
  await finishCheckIn(widget.page, [7, 7, 7, 7], { scope: widget.scope });
  await expect(notice, 'not told again on every answer').toBeHidden();
  const kept = await page.evaluate((key) => JSON.parse(localStorage[key]).results.map((r) => r.id), KEY);
  expect(kept, 'storage untouched: both earlier results, nothing written over them').toEqual([EARLIER.id, otherTab.id]);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(widget.startScreen.history(), 'the two new results count in memory').toHaveCount(3);
});

test('two tabs finishing in the same instant keep both results', async ({ page, context }) => {
  const first = await openWith(page, { [KEY]: envelope() });
  const other = await context.newPage();
  const second = new Widget(other);
  await second.startScreen.open();
  for (const [widget, p] of [[first, page], [second, other]]) {
    await widget.startScreen.choose('Session check-in', 'I am the client');
    await widget.startScreen.start();
    for (const [index, value] of [5, 5, 5].entries()) {
      await widget.question.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4);
    }
    await expect(p.getByText('Question 4 of 4')).toBeVisible();
  }
  // Each tab's next read of its data sees the copy from before either finished, as a tab in another process does
  // when the writes land within milliseconds.
  for (const p of [page, other]) await makeReadsStale(p, KEY);
  // Both last answers land together.
  await Promise.all([
    page.getByRole('radio', { name: /^8 of 10/ }).click(),
    other.getByRole('radio', { name: /^9 of 10/ }).click(),
  ]);
  await expect(first.result.headline()).toBeVisible();
  await expect(second.result.headline()).toBeVisible();
  await expect
    .poll(async () => JSON.parse(await stored(page)).results.length, { message: 'both results and the earlier one' })
    .toBe(3);
  await other.reload();
  await expect(second.startScreen.history()).toHaveCount(3);
});

test('an erase in one tab is not undone by another tab that still shows the results', async ({ page, context }) => {
  const first = await openWith(page, { [KEY]: envelope() });
  const other = await context.newPage();
  const second = new Widget(other);
  await second.startScreen.open();
  await expect(second.startScreen.history()).toHaveCount(1);
  await first.startScreen.openDataPanel();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByText('Everything was erased from this device.')).toBeVisible();
  await expect(second.startScreen.history()).toHaveCount(0);
  await finishCheckIn(second.page, [2, 2, 2, 2], { scope: second.scope });
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
  await widget.startScreen.openDataPanel();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByText(/refused to erase your saved answers/)).toBeVisible();
  await expect(page.getByText('Everything was erased from this device.')).toHaveCount(0);
  expect(await stored(page)).not.toBeNull();
});

test('a garbage import changes nothing and says why', async ({ page }) => {
  const widget = await openWith(page, { [KEY]: envelope() });
  await widget.startScreen.openDataPanel();
  await page.getByLabel('Import a file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('\u0000\u0001 not json {{{'),
  });
  await expect(page.getByText(/not a rapport export/)).toBeVisible();
  expect(await stored(page)).toBe(envelope());
  await expect(widget.startScreen.history()).toHaveCount(1);
});

test('a reload mid-questionnaire keeps every answer and the earlier result', async ({ page }) => {
  const widget = await openWith(page, { [KEY]: envelope() });
  await widget.startScreen.choose('Session check-in', 'I am the client');
  await widget.startScreen.start();
  await widget.question.pickAndAdvance(/^6 of 10/, 1, 4);
  await widget.question.pickAndAdvance(/^7 of 10/, 2, 4);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Continue where you left off?' })).toContainText('2 of 4 answered');
  await expect(widget.startScreen.history()).toHaveCount(1);
});

test('the same namespace twice on one page: one store, both widgets see each result', async ({ page }) => {
  await page.goto('/test/namespaces.html');
  const first = new Widget(page, page.locator('#first'));
  const third = new Widget(page, page.locator('#third'));
  await expect(first.scope.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await first.startScreen.start();
  for (const [index, value] of [5, 6, 7, 8].entries()) {
    await first.question.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4);
  }
  await expect(first.result.headline()).toBeVisible();
  await expect(third.startScreen.history()).toHaveCount(1);
  expect(JSON.parse(await stored(page, 'rapport:team-a:data')).results).toHaveLength(1);
});
