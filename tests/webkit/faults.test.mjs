// The fault table (docs/reliability.md) in WebKit: the rows of tests/e2e/faults.spec.mjs, each asserting the
// message the person reads and that no earlier result was lost, with WebKit's real localStorage errors (its quota,
// its SecurityError) and two windows of one browser for the rows between tabs. Downloads are read where the widget
// makes them (Widget.catchDownloads): WebDriver has no download events.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { until } from './driver.mjs';
import { assert, check, freshWidget } from './harness.mjs';
import {
  backupKeys,
  EARLIER,
  envelope,
  fillStorage,
  makeReadsStale,
  putStored,
  readStored,
  storageKey,
} from '../e2e/builders.mjs';

const KEY = storageKey();
const BACKUPS = backupKeys();

/** Opens the demo page with `entries` already stored (written on a first visit, then reloaded). */
async function openWith(entries) {
  const widget = await freshWidget();
  await widget.open();
  await putStored(widget.session, entries);
  await widget.reload();
  return widget;
}

const stored = (widget, key = KEY) => readStored(widget.session, key);

check('storage switched off: memory only, said once, the result still counts', async () => {
  const widget = await freshWidget();
  await widget.open('/test/storage-off.html');
  const shown = await widget.expectText(/not letting the page keep anything/);
  assert.equal(shown.match(/not letting the page keep anything/g).length, 1);
  await widget.finishCheckIn([5, 6, 7, 8]);
  await widget.click('Back to start');
  await widget.expectHistory(1);
});

check('a damaged record: the rest is kept, the exact text is set aside and offered', async () => {
  const damaged = JSON.stringify({ schema: 2, results: [EARLIER, { id: 'x', answers: 'no' }], drafts: [] });
  const widget = await openWith({ [KEY]: damaged });
  await widget.expectText(/could not be read\. Everything readable was kept/);
  await widget.expectHistory(1);
  assert.equal(await stored(widget, BACKUPS[0]), damaged);
  await widget.openDataPanel();
  await widget.catchDownloads();
  await widget.clickOn('button', 'Download the unreadable data');
  assert.deepEqual(await widget.downloads(), [damaged]);
});

check('truncated data: set aside before anything is written, the next result written beside the readable part', async () => {
  const full = envelope([EARLIER, { ...EARLIER, id: '1700000001000-checkin-client', completed_at: 1700000001000 }]);
  const truncated = full.slice(0, full.length - 40);
  const widget = await openWith({ [KEY]: truncated });
  await widget.expectText(/could not be read/);
  assert.equal(await stored(widget, BACKUPS[0]), truncated);
  await widget.finishCheckIn([4, 4, 4, 4]);
  assert.equal(await stored(widget, BACKUPS[0]), truncated, 'the copy survives the write');
});

check('data from a newer version: named as such, what can be read is kept, a full copy set aside', async () => {
  const newer = JSON.stringify({ schema: 9, results: [EARLIER], drafts: [], somethingNew: true });
  const widget = await openWith({ [KEY]: newer });
  await widget.expectText(/written by a newer version of this tool/);
  await widget.expectHistory(1);
  assert.equal(await stored(widget, BACKUPS[0]), newer);
});

check('no room for the backup: the unreadable data is never overwritten and is offered right in the notice', async () => {
  const widget = await freshWidget();
  await widget.open();
  // An unreadable history (above the read limit) in a full origin: the copy cannot be written.
  const length = await widget.session.evaluate((earlier, key) => {
    const results = Array.from({ length: 20000 }, (_, n) => ({ ...earlier, id: `r${n}`, completed_at: 1 + n }));
    const text = JSON.stringify({ schema: 2, results, drafts: [] });
    localStorage.setItem(key, text);
    return text.length;
  }, EARLIER, KEY);
  assert.ok(length > 2 * 1024 * 1024, `${length} characters`);
  const huge = await stored(widget);
  assert.ok((await fillStorage(widget.session)) > 0);
  await widget.reload();
  await widget.expectText(/no room to set a copy aside\. They were left exactly as they were/);
  await widget.catchDownloads();
  await widget.finishCheckIn([9, 9, 9, 9]);
  assert.ok((await stored(widget)) === huge, 'the stored text is untouched after a whole check-in');
  await widget.clickOn('button', 'Save a copy of the unreadable data');
  const [saved] = await widget.downloads();
  assert.ok(saved === huge, 'the saved copy is the stored text');
  await widget.click('Back to start');
  await widget.expectHistory(1);
});

check('a second damage keeps the first backup and adds its own', async () => {
  const widget = await openWith({ [BACKUPS[0]]: 'first damage', [KEY]: 'second damage' });
  await widget.expectText(/could not be read/);
  assert.equal(await stored(widget, BACKUPS[0]), 'first damage');
  assert.equal(await stored(widget, BACKUPS[1]), 'second damage');
  await widget.openDataPanel();
  assert.equal(await widget.count('button', /^Download the unreadable data \(\d of 2\)$/), 2);
});

check('every backup slot taken: nothing is overwritten until the person frees the copies', async () => {
  const widget = await openWith({
    [BACKUPS[0]]: 'damage 1',
    [BACKUPS[1]]: 'damage 2',
    [BACKUPS[2]]: 'damage 3',
    [KEY]: 'damage 4',
  });
  await widget.expectText(/three earlier copies of unreadable data are already set aside/);
  await widget.finishCheckIn([6, 6, 6, 6]);
  assert.equal(await stored(widget), 'damage 4');
  await widget.click('Back to start');
  await widget.openDataPanel();
  assert.equal(await widget.count('button', /^Download the unreadable data \(\d of 4\)$/), 4);
  await widget.clickOn('button', 'I have saved them: delete the set-aside copies');
  await widget.expectText(/The set-aside copies were deleted\./);
  assert.equal(await stored(widget, BACKUPS[0]), 'damage 4', 'the fourth is set aside now');
  assert.equal(JSON.parse(await stored(widget)).results.length, 1);
});

check('storage full while answering: every answer counts, told once, the result can still be downloaded', async () => {
  const widget = await openWith({ [KEY]: envelope() });
  assert.ok((await fillStorage(widget.session)) > 0);
  await widget.finishCheckIn([3, 4, 5, 6]);
  await widget.expectText(/storage is full/);
  await widget.click('Dismiss');
  await widget.click('Back to start');
  await widget.finishCheckIn([7, 7, 7, 7]);
  await widget.expectText(/storage is full/, { absent: true });
  assert.equal(JSON.parse(await stored(widget)).results.length, 1, 'the earlier result is still stored');
  await widget.click('Back to start');
  await widget.expectHistory(3);
  await widget.openDataPanel();
  await widget.catchDownloads();
  await widget.clickOn('button', 'Download my results');
  const [exported] = await widget.downloads();
  assert.equal(JSON.parse(exported).results.length, 3);
});

/** A second window of the same browser (same storage), with the widget open; returns [its page object, handles]. */
async function secondWindow(widget) {
  const first = await widget.session.windowHandle();
  const second = await widget.session.newWindow();
  await widget.session.switchToWindow(second);
  await widget.open();
  return { first, second };
}

check('two windows finishing one after the other, each reading stale data, keep both results', async () => {
  const widget = await openWith({ [KEY]: envelope() });
  const { first, second } = await secondWindow(widget);
  for (const handle of [first, second]) {
    await widget.session.switchToWindow(handle);
    await widget.choose('Session check-in', 'I am the client');
    await widget.start();
    for (const [index, value] of [5, 5, 5].entries()) await widget.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4);
    await widget.expectQuestion(4, 4);
  }
  // Each window's next read of its data sees the copy from before either finished, as a tab in another process
  // can when the writes land within milliseconds (WebDriver clicks one window at a time, so the staleness is made).
  for (const handle of [first, second]) {
    await widget.session.switchToWindow(handle);
    await makeReadsStale(widget.session, KEY);
  }
  await widget.session.switchToWindow(first);
  await widget.pick(/^8 of 10/);
  await widget.expectHeadline(/^Check-in/);
  await widget.session.switchToWindow(second);
  await widget.pick(/^9 of 10/);
  await widget.expectHeadline(/^Check-in/);
  await until(async () => JSON.parse(await stored(widget)).results.length === 3, 'both results and the earlier one');
  await widget.reload();
  await widget.expectHistory(3);
});

check('an erase in one window is not undone by another window that still shows the results', async () => {
  const widget = await openWith({ [KEY]: envelope() });
  const { first, second } = await secondWindow(widget);
  await widget.expectHistory(1);
  await widget.session.switchToWindow(first);
  await widget.openDataPanel();
  await widget.clickOn('button', 'Erase everything');
  await widget.clickOn('button', 'Yes, erase everything');
  await widget.expectText(/Everything was erased from this device\./);
  await widget.session.switchToWindow(second);
  await widget.expectHistory(0);
  await widget.finishCheckIn([2, 2, 2, 2]);
  const kept = JSON.parse(await stored(widget)).results;
  assert.equal(kept.length, 1);
  assert.notEqual(kept[0].id, EARLIER.id);
});

check('an erase the browser refuses says so instead of claiming it erased', async () => {
  const widget = await openWith({ [KEY]: envelope() });
  await widget.session.evaluate(() => {
    Storage.prototype.removeItem = () => {
      throw new DOMException('refused', 'SecurityError');
    };
  });
  await widget.openDataPanel();
  await widget.clickOn('button', 'Erase everything');
  await widget.clickOn('button', 'Yes, erase everything');
  const shown = await widget.expectText(/refused to erase your saved answers/);
  assert.doesNotMatch(shown, /Everything was erased from this device\./);
  assert.notEqual(await stored(widget), null);
});

check('a reload mid-questionnaire keeps every answer and the earlier result', async () => {
  const widget = await openWith({ [KEY]: envelope() });
  await widget.choose('Session check-in', 'I am the client');
  await widget.start();
  await widget.pickAndAdvance(/^6 of 10/, 1, 4);
  await widget.pickAndAdvance(/^7 of 10/, 2, 4);
  await widget.reload();
  const drafts = await widget.drafts();
  assert.equal(drafts.length, 1);
  assert.match(drafts[0], /2 of 4 answered/);
  await widget.expectHistory(1);
});

check('the same namespace twice on one page: one store, both widgets see each result', async () => {
  const page = await freshWidget('#first');
  await page.session.goto(page.url('/test/namespaces.html'));
  await page.expectButton('Start');
  await page.start();
  for (const [index, value] of [5, 6, 7, 8].entries()) await page.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4);
  await page.expectHeadline(/^Check-in/);
  await page.within('#third').expectHistory(1);
  assert.equal(JSON.parse(await readStored(page.session, storageKey('team-a'))).results.length, 1);
});

check('a garbage import changes nothing and says why', async () => {
  const widget = await openWith({ [KEY]: envelope() });
  await widget.openDataPanel();
  const folder = mkdtempSync(join(tmpdir(), 'rapport-webkit-'));
  const file = join(folder, 'notes.json');
  writeFileSync(file, '\u0000\u0001 not json {{{');
  await widget.importFile(file);
  await widget.expectText(/not a rapport export/);
  assert.equal(await stored(widget), envelope());
  await widget.expectHistory(1);
});
