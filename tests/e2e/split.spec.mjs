// Our standalone pages' build is split (src/later.rs, issue 23): the start and question screens in the main wasm;
// the result, review, goals and tools screens in a chunk fetched once the first screen shows. These tests fail if
// the split is lost (a result that shows with the chunk blocked) or if a chunk that cannot be fetched loses
// anything or stops the page.
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';

const CHUNK = /\/v1\/pkg\/split_later\.[0-9a-f]{10}\.wasm$/;

// What each engine logs when the chunk cannot be fetched: the browser's own line for the failed request, and the
// splitter's script logging the error with its stack (the person sees our notice instead).
const FAILED_FETCH = {
  chromium: [/^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/, /^console error: TypeError: Failed to fetch\n/],
  // Firefox's console shows the logged error object as its name alone.
  firefox: [/^console error: Error$/],
  webkit: [/^console error: TypeError: Load failed/],
};
// The page's service worker caches the chunk for offline use (offline.spec); here the network path is tested.
test.use({
  serviceWorkers: 'block',
  expectedBrowserReports: async ({ browserName }, use) => use(FAILED_FETCH[browserName]),
});

test('the questions need no chunk; a result waits for it, says so when it cannot come, and shows after Try again', async ({ page }) => {
  let blocked = true;
  const asked = [];
  await page.route(CHUNK, (route) => {
    asked.push(route.request().url());
    return blocked ? route.abort('internetdisconnected') : route.continue();
  });
  const widget = new Widget(page);
  await widget.startScreen.open('/');
  // Fetched as soon as the first screen shows, not when a result is due.
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  await widget.startScreen.choose('Session check-in', 'I am the client');
  await widget.startScreen.start();
  for (const [index, value] of [6, 7, 8, 9].entries()) {
    await widget.question.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4);
  }
  const notice = page.getByText('This part of the assessment could not load. Anything you answered is saved.');
  await expect(notice).toBeVisible();
  await expect(widget.result.headline()).toHaveCount(0);
  // Saved before it showed: the stored result is there while the screen waits.
  const stored = await page.evaluate(() => localStorage.getItem('rapport:default:data'));
  expect(JSON.parse(stored).results).toHaveLength(1);

  blocked = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.result.headline()).toHaveText('Check-in 30 of 40');
  await expect(notice).toHaveCount(0);
});
