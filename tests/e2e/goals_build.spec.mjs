// The embed's two builds (issue 21, docs/performance.md): the goals screen costs about 17 KB of wasm, so a coach's
// page loads the build with it only when one of its widgets starts there (data-instrument="goals"); every other
// coach's page loads the widget without it, and its start screen does not offer goals.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { StartScreen } from './pages/start.mjs';

const fetchedFiles = (page) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  return fetched;
};
const WIDGET_WASM = /\/v1\/pkg\/widget_bg\.[0-9a-f]{10}\.wasm$/;
const GOALS_WASM = /\/v1\/pkg\/goals_bg\.[0-9a-f]{10}\.wasm$/;

test("a coach's page without goals loads the widget without them, and offers no goals", async ({ page }) => {
  const fetched = fetchedFiles(page);
  const start = new StartScreen(page);
  await start.open('/embed.html');
  await start.openChoices();
  const widget = page.locator('[data-rapport]').first();
  await expect(widget.getByRole('radio', { name: /Working alliance/ })).toBeVisible();
  await expect(widget.getByRole('radio', { name: /Goals and progress/ })).toHaveCount(0);
  expect(fetched.filter((path) => WIDGET_WASM.test(path))).toHaveLength(1);
  expect(fetched.filter((path) => GOALS_WASM.test(path) || /-goals\./.test(path))).toEqual([]);
});

test('a page whose widget starts with goals loads the build with them, and its catalogue', async ({ page }) => {
  const fetched = fetchedFiles(page);
  await page.goto('/test/goals.html');
  const widget = page.locator('[data-rapport]');
  await expect(widget.getByRole('button', { name: 'Starten' })).toBeVisible();
  await expect(widget.locator('summary').first()).toContainText('Ziele und Fortschritt');
  expect(fetched.filter((path) => GOALS_WASM.test(path))).toHaveLength(1);
  expect(fetched.filter((path) => WIDGET_WASM.test(path))).toEqual([]);
  expect(fetched.filter((path) => /\/v1\/lang\/de-goals\.[0-9a-f]{10}\.json$/.test(path))).toHaveLength(1);
});

// The widget without goals carries a goals tab's data as read; before "Erase everything" deletes it, the data panel
// names it (counted in the JSON it carries), so nobody erases goals they were not told about.
test("a coach's page without goals names the goals kept here before erasing them", async ({ page }) => {
  const stored = readFileSync(new URL('../../crates/core/tests/fixtures/schema3_goals.json', import.meta.url), 'utf8');
  const start = new StartScreen(page);
  await start.open('/embed.html');
  await page.evaluate((text) => localStorage.setItem('rapport:default:data', text), stored.trim());
  await page.reload();
  await expect(start.startButton()).toBeVisible();
  await start.openDataPanel();
  await expect(page.getByText(/^Kept here:/).first()).toHaveText(
    'Kept here: 0 results, 0 unfinished questionnaires, and 2 goals with 2 sessions.',
  );
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(
    'Erase everything this assessment keeps on this device? Kept here: 0 results, 0 unfinished questionnaires, and 2 goals with 2 sessions. This cannot be undone.',
  );
  await page.getByRole('button', { name: 'Keep everything' }).click();
  expect(JSON.parse(await page.evaluate(() => localStorage.getItem('rapport:default:data'))).goals).toHaveLength(2);
});

test("a coach's page without goals says an import's goals were not merged, and keeps the device's", async ({ page }) => {
  const stored = readFileSync(new URL('../../crates/core/tests/fixtures/schema3_goals.json', import.meta.url), 'utf8');
  const start = new StartScreen(page);
  await start.open('/embed.html');
  await page.evaluate((text) => localStorage.setItem('rapport:default:data', text), stored.trim());
  await page.reload();
  await expect(start.startButton()).toBeVisible();
  await start.openDataPanel();
  // A file from another device, whose goals differ from the ones kept here.
  const file = JSON.parse(stored.replace('Speak first on Mondays', 'Speak first on Tuesdays'));
  await page.getByLabel('Import a file').setInputFiles({
    name: 'rapport-export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'rapport-export', exported_at: 1764001000000, ...file })),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported: 0 new, 0 already here. ' +
      'Goals are not merged on this page: import the file on a page that tracks goals to add its goals.',
  );
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('rapport:default:data')));
  expect(kept.goals.map((goal) => goal.name)).toEqual(['Speak first on Mondays', 'Delegate the report']);
});
