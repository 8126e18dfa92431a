// The loader says which release it is: Cargo.toml's version in its first line and in a `rapport:ready` event on
// each mounted widget's host element (and, in iframe mode, on the iframe element). Plain Playwright APIs.
import { test, expect } from '@playwright/test';
import { releaseInfo } from '../../scripts/version.mjs';

const { version } = releaseInfo();

// Records every rapport:ready a coach's page hears, with the id of the element it came from (its own array: the test
// pages' record-events.js keeps `readyEvents` for the WebKit tests, and two listeners on one array count twice).
const recordReady = (page) =>
  page.addInitScript(() => {
    window.readyHeard = [];
    document.addEventListener('rapport:ready', (event) => {
      window.readyHeard.push({ target: event.target.id, detail: event.detail });
    });
  });

test('each loader names its release in its first line', async ({ request }) => {
  for (const loader of ['rapport.js', 'iframe.js', 'standalone.js']) {
    const text = await (await request.get(`/v1/${loader}`)).text();
    expect(text.split('\n')[0]).toBe(`// rapport ${version}, MIT licence`);
  }
});

test('a mounted widget tells its page the release version, once', async ({ page }) => {
  await recordReady(page);
  await page.goto('/test/plain.html');
  await expect(page.locator('#widget').getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.readyHeard)).toEqual([{ target: 'widget', detail: { version } }]);
});

test('in iframe mode the version reaches the page from the frame it was meant for only', async ({ page }) => {
  await recordReady(page);
  await page.goto('/test/frame-host.html');
  await expect(page.frameLocator('#frame').getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.readyHeard)).toEqual([{ target: 'frame', detail: { version } }]);
  // The crafted frame (messages only to https://evil.example) is running too, and this page heard nothing from it.
  await expect(page.frameLocator('#elsewhere').getByRole('button', { name: 'Start', exact: true })).toBeAttached();
  expect(await page.evaluate(() => window.readyHeard.length)).toBe(1);
});
