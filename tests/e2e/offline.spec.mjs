// A workshop's Wi-Fi drops: a phone that loaded the standalone page once can reload it and finish offline.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';
import { finishCheckIn } from './pages/flows.mjs';

/** Waits until the service worker controls the page (it claims clients when it activates): an event, not a sleep. */
const controlled = (page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });

test('after one visit the page reloads and an assessment finishes with the network gone @phone', async ({ page, context }) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await finishCheckIn(widget.page, [6, 7, 8, 7], { scope: widget.scope });
  await expect(widget.result.headline()).toHaveText('Check-in 28 of 40');
  await context.setOffline(false);
});

test('the service worker keeps to rapport\'s own files: another page of the same site is never cached by it', async ({
  page,
}) => {
  await page.goto('/');
  await controlled(page);
  // `/test/plain.html` stands for a page of the site that is not rapport's, as a coach's own pages would be if they
  // hosted rapport at their site's root. Then one of our pages with a query, which the worker does cache: once
  // that copy is there, the worker has long finished with the earlier request.
  const cached = (path) =>
    page.evaluate(async (url) => {
      for (const key of await caches.keys()) {
        if (await (await caches.open(key)).match(url)) return true;
      }
      return false;
    }, path);
  expect(await page.evaluate(() => fetch('/test/plain.html').then((response) => response.status))).toBe(200);
  expect(await page.evaluate(() => fetch('/index.html?from=test').then((response) => response.status))).toBe(200);
  await expect.poll(() => cached('/index.html?from=test')).toBe(true);
  expect(await cached('/test/plain.html')).toBe(false);
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

test('a new release replaces the cached one: the new service worker takes over and the new files run', async ({
  browser,
}, testInfo) => {
  // Our own copy of the release, served on its own port, so that "deploying" release 2 touches no other test.
  const root = mkdtempSync(join(tmpdir(), 'rapport-release-'));
  cpSync(fileURLToPath(new URL('../../dist', import.meta.url)), root, { recursive: true });
  // Beside the suite's own ports (E2E_PORT; WebKit's run takes the next four), one per parallel worker: a fixed
  // 8300 collided with a run whose E2E_PORT was 8300.
  const port = Number(process.env.E2E_PORT || 8181) + 10 + testInfo.parallelIndex;
  const server = spawn('node', ['scripts/serve.mjs', '--root', root, '--port', String(port)], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: 'ignore',
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const base = `http://127.0.0.1:${port}`;
    await expect.poll(() => page.goto(`${base}/`).then((r) => r?.ok() ?? false, () => false)).toBe(true);
    await controlled(page);
    const [first] = await page.evaluate(() => caches.keys());
    expect(first).toMatch(/^rapport-offline-[0-9a-f]{10}$/);

    // Release 2 is deployed: a new service worker (a new cache name, as new hashes give) and a loader that marks
    // the page.
    const sw = join(root, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/rapport-offline-[0-9a-f]+/, 'rapport-offline-release2'));
    const loader = join(root, 'v1/standalone.js');
    writeFileSync(loader, `${readFileSync(loader, 'utf8')}\ndocument.documentElement.dataset.release = '2';`);
    const changed = page.evaluate(
      () => new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })),
    );
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
    await changed;
    // The old cache is gone, the new one holds release 2; a reload runs release 2, online and offline.
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['rapport-offline-release2']);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-release', '2');
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-release', '2');
    await finishCheckIn(page, [5, 5, 5, 5]);
  } finally {
    await context.close();
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
});

test('in German, the page and its catalogue work offline after one visit', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Starten', exact: true })).toBeVisible();
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Starten', exact: true })).toBeVisible();
  await context.close();
});
