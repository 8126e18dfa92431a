// A workshop's Wi-Fi drops: a phone that loaded the standalone page once can reload it and finish offline.
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';

test('after one visit the page reloads and an assessment finishes with the network gone @phone', async ({ page, context }) => {
  const widget = new Widget(page);
  await widget.open();
  // Wait until the service worker controls this page (it claims clients when it activates): an event, not a sleep.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await widget.finishCheckIn([6, 7, 8, 7]);
  await expect(widget.headline()).toHaveText('Check-in 28 of 40');
  await context.setOffline(false);
});

test('the page is installable: a manifest with a name, a start URL and icons we made', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(`/${href}`)).json();
  expect(manifest.name).toContain('rapport');
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  for (const icon of manifest.icons) {
    const response = await request.get(`/${icon.src}`);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()['content-type']).toBe(icon.type);
  }
});
