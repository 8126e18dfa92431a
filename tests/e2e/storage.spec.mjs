// Local storage that never loses an answer: every row of the failure table, resume, history, export, import, erase.
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';
import { finishCheckIn } from './pages/flows.mjs';
import { downloaded } from './downloads.mjs';
import { backupKey, fillStorage, freeStorage, rapportKeys, readStored, storageKey, writeStored } from './builders.mjs';

const KEY = storageKey();
const BACKUP = backupKey();
const stored = readStored;

test('a reload mid-questionnaire offers to continue with every answer kept', async ({ page }) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await widget.startScreen.start();
  for (let number = 1; number <= 5; number += 1) await widget.question.pickAndAdvance('Agree', number, 20);
  await page.reload();
  const resume = page.getByRole('region', { name: 'Continue where you left off?' });
  await expect(resume).toContainText('Trust equation, 5 of 20 answered');
  await resume.getByRole('button', { name: 'Continue' }).click();
  await widget.question.expectQuestion(6, 20);
  await page.getByRole('button', { name: 'Back' }).click();
  await widget.question.expectQuestion(5, 20);
  await expect(page.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
});

test('starting over keeps the earlier attempt until the person discards it', async ({ page }) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await widget.startScreen.start();
  for (let number = 1; number <= 3; number += 1) await widget.question.pickAndAdvance('Agree', number, 20);
  await page.reload();
  await widget.startScreen.choose('Working alliance');
  await widget.startScreen.start();
  await widget.question.pickAndAdvance('Always', 1, 12);
  await page.reload();
  const drafts = page.getByRole('region', { name: 'Continue where you left off?' }).getByRole('listitem');
  await expect(drafts).toHaveCount(2);
  // Discard sits beside Continue: it asks first, and keeping them changes nothing.
  const trust = drafts.filter({ hasText: 'Trust equation' });
  await trust.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(trust.getByText('Discard these answers? They cannot be brought back.')).toBeVisible();
  await expect(trust.getByRole('alert')).toHaveText('Discard these answers? They cannot be brought back.');
  await trust.getByRole('button', { name: 'Keep them', exact: true }).click();
  await expect(trust.getByText('Discard these answers? They cannot be brought back.')).toBeHidden();
  await expect(drafts).toHaveCount(2);
  await trust.getByRole('button', { name: 'Discard', exact: true }).click();
  await trust.getByRole('button', { name: 'Yes, discard', exact: true }).click();
  await expect(drafts).toHaveCount(1);
  await expect(drafts).toContainText('Working alliance, 1 of 12 answered');
  await page.reload();
  await expect(drafts).toHaveCount(1);
});

test('blocked storage (sandboxed iframe) works in memory, says so once, and still lets the person export', async ({ page }) => {
  await page.goto('/test/sandboxed.html');
  const frame = page.frameLocator('iframe');
  const widget = new Widget(page, frame);
  await expect(frame.getByText(/not letting the page keep anything/)).toHaveCount(1);
  await finishCheckIn(widget.page, [7, 8, 6, 7], { scope: widget.scope });
  await expect(widget.result.headline()).toHaveText('Check-in 28 of 40');
  await frame.getByRole('button', { name: 'Back to start' }).click();
  await expect(widget.startScreen.history()).toHaveCount(1);
  await widget.startScreen.openDataPanel();
  await frame.getByRole('button', { name: 'Download my results' }).click();
  // Downloads are blocked in this sandbox: the export is shown as text to copy instead.
  await expect(frame.getByRole('textbox')).toHaveValue(/"format":"rapport-export"/);
});

test('damaged stored data keeps what is valid, sets the rest aside, and offers it for download', async ({ page }) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await finishCheckIn(widget.page, [5, 5, 5, 5], { scope: widget.scope });
  const original = JSON.parse(await stored(page));
  original.results.push({ id: 'tampered', answers: 'not answers' });
  const damaged = JSON.stringify(original);
  await writeStored(page, KEY, damaged);
  await page.reload();
  await expect(page.getByText(/could not be read/)).toBeVisible();
  await expect(widget.startScreen.history()).toHaveCount(1);
  expect(await stored(page, BACKUP)).toBe(damaged);
  await widget.startScreen.openDataPanel();
  const { text } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download the unreadable data' }).click(),
  );
  expect(text).toBe(damaged);
});

test('truncated stored data is kept under the backup key, not deleted', async ({ page }) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await finishCheckIn(widget.page, [5, 5, 5, 5], { scope: widget.scope });
  const full = await stored(page);
  const truncated = full.slice(0, Math.floor(full.length / 2));
  await writeStored(page, KEY, truncated);
  await page.reload();
  await expect(page.getByText(/could not be read/)).toBeVisible();
  expect(await stored(page, BACKUP)).toBe(truncated);
});

test('a full quota keeps the answers in memory, says so, and damages nothing already stored', async ({ page }) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await finishCheckIn(widget.page, [5, 5, 5, 5], { scope: widget.scope });
  const before = await stored(page);
  await page.getByRole('button', { name: 'Back to start' }).click();
  const fillers = await fillStorage(page);
  expect(fillers).toBeGreaterThan(0);
  await finishCheckIn(widget.page, [9, 9, 9, 9], { scope: widget.scope });
  await expect(page.getByText(/storage is full/)).toBeVisible();
  expect(await stored(page)).toBe(before);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(widget.startScreen.history()).toHaveCount(2);
  // Room again: the next change saves everything, including what only memory had.
  await freeStorage(page, fillers);
  await widget.startScreen.openDataPanel();
  await finishCheckIn(widget.page, [6, 6, 6, 6], { scope: widget.scope });
  expect(JSON.parse(await stored(page)).results).toHaveLength(3);
});

test('two tabs stay consistent and neither overwrites the other', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  const a = new Widget(first);
  const b = new Widget(second);
  await a.startScreen.open();
  await b.startScreen.open();
  await finishCheckIn(a.page, [6, 6, 6, 6], { scope: a.scope });
  await expect(b.startScreen.history()).toHaveCount(1);
  await finishCheckIn(b.page, [8, 8, 8, 8], { scope: b.scope });
  await first.getByRole('button', { name: 'Back to start' }).click();
  await expect(a.startScreen.history()).toHaveCount(2);
  expect(JSON.parse(await stored(first)).results).toHaveLength(2);
});

test('widgets share data within a namespace and never across namespaces', async ({ page }) => {
  await page.goto('/test/namespaces.html');
  const first = new Widget(page, page.locator('#first'));
  const second = new Widget(page, page.locator('#second'));
  const third = new Widget(page, page.locator('#third'));
  await expect(first.scope.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await finishCheckIn(first.page, [4, 5, 6, 7], { scope: first.scope });
  await expect(third.startScreen.history()).toHaveCount(1);
  await expect(second.startScreen.history()).toHaveCount(0);
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual([storageKey('team-a')]);
});

test('export on one device, import on another, without duplicates', async ({ browser, page }) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await finishCheckIn(widget.page, [3, 4, 5, 6], { scope: widget.scope });
  await page.getByRole('button', { name: 'Back to start' }).click();
  await widget.startScreen.openDataPanel();
  const { text, path: file } = await downloaded(page, () => page.getByRole('button', { name: 'Download my results' }).click());
  expect(JSON.parse(text).format).toBe('rapport-export');

  const other = await browser.newContext();
  const laptop = await other.newPage();
  const there = new Widget(laptop);
  await there.startScreen.open();
  await there.startScreen.openDataPanel();
  await laptop.getByLabel('Import a file').setInputFiles(file);
  await expect(laptop.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported: 1 new, 0 already here.');
  await expect(there.startScreen.history()).toHaveCount(1);
  await laptop.getByLabel('Import a file').setInputFiles(file);
  await expect(laptop.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported: 0 new, 1 already here.');
  await expect(there.startScreen.history()).toHaveCount(1);
  await other.close();
});

test('a file that is not ours, malformed or huge is refused by name, and nothing changes', async ({ page }) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await finishCheckIn(widget.page, [5, 5, 5, 5], { scope: widget.scope });
  await page.getByRole('button', { name: 'Back to start' }).click();
  const before = await stored(page);
  await widget.startScreen.openDataPanel();
  const input = page.getByLabel('Import a file');
  const status = page.getByRole('status').filter({ hasText: 'Nothing was changed' });
  const cases = [
    ['contacts.json', '{"name":"Ana","phone":"123"}', 'not from rapport'],
    ['broken.json', '{"format":"rapport-export","schema":2,"results":[', 'not readable data'],
    ['huge.json', 'x'.repeat(1_100_000), 'too large'],
  ];
  for (const [name, text, words] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(status).toContainText(words);
  }
  expect(await stored(page)).toBe(before);
});

test('erase deletes everything after a confirmation', async ({ page }) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await finishCheckIn(widget.page, [5, 5, 5, 5], { scope: widget.scope });
  await page.getByRole('button', { name: 'Back to start' }).click();
  await widget.startScreen.openDataPanel();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Keep everything' }).click();
  await expect(widget.startScreen.history()).toHaveCount(1);
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(widget.startScreen.history()).toHaveCount(0);
  expect(await rapportKeys(page)).toEqual([]);
  await page.reload();
  await expect(widget.startScreen.history()).toHaveCount(0);
});

test("on a borrowed phone nothing is kept, and the result can still be downloaded @phone", async ({ page }) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await page.getByRole('checkbox', { name: /Don't keep my answers on this device/ }).check();
  await finishCheckIn(widget.page, [6, 7, 8, 9], { scope: widget.scope });
  await expect(page.getByRole('heading', { name: 'This result is not kept on this device' })).toBeVisible();
  expect(await stored(page)).toBeNull();
  const { text } = await downloaded(page, () => page.getByRole('button', { name: 'Download this result' }).click());
  expect(text).toContain('"completed_at"');
  await page.reload();
  await expect(widget.startScreen.history()).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Continue where you left off?' })).toHaveCount(0);
});
