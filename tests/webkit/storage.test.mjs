// Local storage in WebKit (tests/e2e/storage.spec.mjs): a result kept, a draft resumed after a reload, drafts
// discarded, namespaces, export and import, erase. The same builders as the Playwright specs (tests/e2e/builders.mjs).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { until } from './driver.mjs';
import { assert, check, freshWidget } from './harness.mjs';
import { fillStorage, rapportKeys, readStored, storageKey } from '../e2e/builders.mjs';

const RESUME = 'Continue where you left off?';

check('a reload mid-questionnaire offers to continue with every answer kept', async () => {
  const widget = await freshWidget();
  await widget.open();
  await widget.start();
  for (let number = 1; number <= 5; number += 1) await widget.pickAndAdvance('Agree', number, 20);
  await widget.reload();
  assert.deepEqual(await widget.texts('listitem', null, { region: RESUME }).then((items) => items.map((item) => item.startsWith('Trust equation, 5 of 20 answered'))), [true]);
  await widget.clickOn('button', 'Continue', { region: RESUME });
  await widget.expectQuestion(6, 20);
  await widget.click('Back');
  await widget.expectQuestion(5, 20);
  assert.equal(await widget.isChecked('Agree'), true);
});

check('starting over keeps the earlier attempt until the person discards it', async () => {
  const widget = await freshWidget();
  await widget.open();
  await widget.start();
  for (let number = 1; number <= 3; number += 1) await widget.pickAndAdvance('Agree', number, 20);
  await widget.reload();
  await widget.choose('Working alliance');
  await widget.start();
  await widget.pickAndAdvance('Always', 1, 12);
  await widget.reload();
  await widget.expectCount('listitem', null, 2, { region: RESUME });
  // Discard sits beside Continue: it asks first, and keeping them changes nothing.
  const trustDraft = { region: RESUME };
  const asked = /Discard these answers\? They cannot be brought back\./;
  await widget.clickOn('button', 'Discard', trustDraft);
  await widget.expectText(asked);
  await widget.clickOn('button', 'Keep them', trustDraft);
  await widget.expectText(asked, { absent: true });
  assert.equal(await widget.count('listitem', null, { region: RESUME }), 2);
  // The first Discard is the newest draft's (the alliance): the trust draft is the one left, as in Chromium's
  // spec the trust one is discarded; which one goes is what the assertion below names.
  const [first] = await widget.drafts();
  await widget.clickOn('button', 'Discard', trustDraft);
  await widget.clickOn('button', 'Yes, discard', trustDraft);
  await widget.expectCount('listitem', null, 1, { region: RESUME });
  const [left] = await widget.drafts();
  assert.notEqual(left.split(',')[0], first.split(',')[0], 'the draft whose Discard was pressed is the one gone');
  await widget.reload();
  assert.deepEqual(await widget.drafts(), [left]);
});

check('widgets share data within a namespace and never across namespaces', async () => {
  const page = await freshWidget('#first');
  await page.session.goto(page.url('/test/namespaces.html'));
  await page.expectButton('Start');
  await page.finishCheckIn([4, 5, 6, 7], null, { choose: false });
  await page.within('#third').expectHistory(1);
  assert.deepEqual(await page.within('#second').history(), []);
  assert.deepEqual(await page.session.evaluate(() => Object.keys(localStorage).sort()), [storageKey('team-a')]);
});

check('erase deletes everything after a confirmation', async () => {
  const widget = await freshWidget();
  await widget.open();
  await widget.finishCheckIn([5, 5, 5, 5]);
  await widget.click('Back to start');
  await widget.openDataPanel();
  await widget.clickOn('button', 'Erase everything');
  await widget.clickOn('button', 'Keep everything');
  await widget.expectHistory(1);
  await widget.clickOn('button', 'Erase everything');
  await widget.clickOn('button', 'Yes, erase everything');
  await widget.expectHistory(0);
  assert.deepEqual(await rapportKeys(widget.session), []);
  await widget.reload();
  assert.deepEqual(await widget.history(), []);
});

check('export on one device, import on another, without duplicates; a file not ours, malformed or huge is refused by name', async () => {
  const widget = await freshWidget();
  await widget.open();
  await widget.finishCheckIn([3, 4, 5, 6]);
  await widget.click('Back to start');
  await widget.openDataPanel();
  await widget.catchDownloads();
  await widget.clickOn('button', 'Download my results');
  const [exported] = await widget.downloads();
  assert.equal(JSON.parse(exported).format, 'rapport-export');
  const folder = mkdtempSync(join(tmpdir(), 'rapport-webkit-'));
  const file = join(folder, 'rapport-export.json');
  writeFileSync(file, exported);

  // Another device: a fresh browser. The file goes in through the real file input (WebDriver sends its path).
  const laptop = await freshWidget();
  await laptop.open();
  await laptop.openDataPanel();
  const imported = (words) => until(async () => (await laptop.shownText()).match(new RegExp(`Imported: ${words}`)), `no "Imported: ${words}"`);
  await laptop.importFile(file);
  await imported('1 new, 0 already here\\.');
  await laptop.expectHistory(1);
  await laptop.importFile(file);
  await imported('0 new, 1 already here\\.');
  await laptop.expectHistory(1);

  const before = await readStored(laptop.session);
  const contacts = join(folder, 'contacts.json');
  writeFileSync(contacts, '{"name":"Ana","phone":"123"}');
  await laptop.importFile(contacts);
  await laptop.expectText(/not from rapport/);
  // Malformed and huge files are refused by name too, and nothing changes.
  for (const [name, text, words] of [
    ['broken.json', '{"format":"rapport-export","schema":2,"results":[', /not readable data/],
    ['huge.json', 'x'.repeat(1_100_000), /too large/],
  ]) {
    const path = join(folder, name);
    writeFileSync(path, text);
    await laptop.importFile(path);
    await laptop.expectText(words);
  }
  await laptop.expectText(/Nothing was changed/);
  assert.equal(await readStored(laptop.session), before);
});

check('a full quota keeps the answers in memory, says so, damages nothing stored, and saves everything once there is room', async () => {
  const widget = await freshWidget();
  await widget.open();
  await widget.finishCheckIn([5, 5, 5, 5]);
  const before = await readStored(widget.session);
  await widget.click('Back to start');
  const fillers = await fillStorage(widget.session);
  assert.ok(fillers > 0);
  await widget.finishCheckIn([9, 9, 9, 9]);
  await widget.expectText(/storage is full/);
  assert.equal(await readStored(widget.session), before);
  await widget.click('Back to start');
  await widget.expectHistory(2);
  // Room again: the next change saves everything, including what only memory had.
  await widget.session.evaluate((n) => {
    for (let i = 0; i < n; i += 1) localStorage.removeItem(`filler-${i}`);
  }, fillers);
  await widget.finishCheckIn([6, 6, 6, 6]);
  assert.equal(JSON.parse(await readStored(widget.session)).results.length, 3);
});

check('two windows stay consistent and neither overwrites the other', async () => {
  const widget = await freshWidget();
  await widget.open();
  const first = await widget.session.windowHandle();
  const second = await widget.session.newWindow();
  await widget.session.switchToWindow(second);
  await widget.open();
  await widget.session.switchToWindow(first);
  await widget.finishCheckIn([6, 6, 6, 6]);
  await widget.session.switchToWindow(second);
  await widget.expectHistory(1);
  await widget.finishCheckIn([8, 8, 8, 8]);
  await widget.session.switchToWindow(first);
  await widget.click('Back to start');
  await widget.expectHistory(2);
  assert.equal(JSON.parse(await readStored(widget.session)).results.length, 2);
});

check('on a borrowed phone nothing is kept, and the result can still be downloaded', async () => {
  const widget = await freshWidget();
  await widget.open();
  await widget.clickOn('checkbox', /Don't keep my answers on this device/);
  await widget.finishCheckIn([6, 7, 8, 9]);
  assert.equal(await widget.count('heading', 'This result is not kept on this device'), 1);
  assert.equal(await readStored(widget.session), null);
  await widget.catchDownloads();
  await widget.clickOn('button', 'Download this result');
  const [saved] = await widget.downloads();
  assert.ok(saved.includes('"completed_at"'), saved);
  await widget.reload();
  assert.deepEqual(await widget.history(), []);
  assert.equal(await widget.count('region', RESUME), 0);
});
