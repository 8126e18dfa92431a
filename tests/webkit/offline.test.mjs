// Offline in WebKit (tests/e2e/offline.spec.mjs): the standalone page's service worker. WebDriver cannot switch the
// network off, so each test serves rapport from its own server (on a spare port: its own origin, its own service
// worker) and stops that server to go offline. The error recorder (/test/record-events.js, added by the server)
// is not rapport's, so the worker never caches it: on a page loaded offline the test installs it itself, once the
// page has loaded, so that page's errors from then on still fail the test.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { until, startServer, stopProcess } from './driver.mjs';
import { assert, check, freshWidget, SPARE_PORT } from './harness.mjs';

const SPARE = `http://127.0.0.1:${SPARE_PORT}`;
const RECORDER = readFileSync(new URL('../pages/record-events.js', import.meta.url), 'utf8');

async function serve(root = 'dist') {
  const server = startServer(root, SPARE_PORT);
  await until(() => fetch(`${SPARE}/`).then((response) => response.ok), 'the spare server did not start');
  return server;
}

/** Waits until the service worker controls the page (it claims clients when it activates). */
const controlled = (session) =>
  until(
    () =>
      session.evaluate(async () => {
        await navigator.serviceWorker.ready;
        return Boolean(navigator.serviceWorker.controller);
      }),
    'no service worker controls the page',
  );

/** Reloads with the server gone, and gives the page loaded from the cache its recorder. */
async function reloadOffline(widget, path, start = 'Start') {
  await widget.session.goto(`${SPARE}${path}`);
  await widget.expectButton(start);
  await widget.session.command('POST', '/execute/sync', { script: RECORDER, args: [] });
}

check('after one visit the page reloads and an assessment finishes with the network gone, in German too', async () => {
  const server = await serve();
  try {
    const widget = await freshWidget();
    await widget.session.goto(`${SPARE}/`);
    await widget.expectButton('Start');
    await controlled(widget.session);
    await stopProcess(server);
    assert.equal(await fetch(`${SPARE}/`).then(() => 'online', () => 'offline'), 'offline');
    await reloadOffline(widget, '/');
    assert.equal(await widget.finishCheckIn([6, 7, 8, 7]), 'Check-in 28 of 40');
    await reloadOffline(widget, '/?lang=de', 'Starten');
  } finally {
    await stopProcess(server);
  }
});

check("the service worker keeps to rapport's own files: another page of the same site is never cached by it", async () => {
  const server = await serve();
  try {
    const widget = await freshWidget();
    await widget.session.goto(`${SPARE}/`);
    await widget.expectButton('Start');
    await controlled(widget.session);
    const cached = (path) =>
      widget.session.evaluate(async (url) => {
        for (const key of await caches.keys()) {
          if (await (await caches.open(key)).match(url)) return true;
        }
        return false;
      }, path);
    assert.equal(await widget.session.evaluate(() => fetch('/test/plain.html').then((response) => response.status)), 200);
    assert.equal(await widget.session.evaluate(() => fetch('/index.html?from=test').then((response) => response.status)), 200);
    await until(() => cached('/index.html?from=test'), 'our own page with a query was not cached');
    assert.equal(await cached('/test/plain.html'), false);
  } finally {
    await stopProcess(server);
  }
});

check('a new release replaces the cached one: the new service worker takes over and the new files run', async () => {
  // Our own copy of the release, so that "deploying" release 2 touches nothing else.
  const root = mkdtempSync(join(tmpdir(), 'rapport-webkit-release-'));
  cpSync('dist', root, { recursive: true });
  const server = await serve(root);
  try {
    const widget = await freshWidget();
    await widget.session.goto(`${SPARE}/`);
    await widget.expectButton('Start');
    await controlled(widget.session);
    const [first] = await widget.session.evaluate(() => caches.keys());
    assert.match(first, /^rapport-offline-[0-9a-f]{10}$/);

    // Release 2: a new cache name, and a loader that marks the page.
    const sw = join(root, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/rapport-offline-[0-9a-f]+/, 'rapport-offline-release2'));
    const loader = join(root, 'v1/standalone.js');
    writeFileSync(loader, `${readFileSync(loader, 'utf8')}\ndocument.documentElement.dataset.release = '2';`);
    await widget.session.evaluate(() => {
      window.controllerChanged = false;
      navigator.serviceWorker.addEventListener('controllerchange', () => (window.controllerChanged = true), { once: true });
      return navigator.serviceWorker.getRegistration().then((registration) => registration.update()).then(() => true);
    });
    await until(() => widget.session.evaluate(() => window.controllerChanged), 'the new service worker did not take over');
    await until(async () => JSON.stringify(await widget.session.evaluate(() => caches.keys())) === '["rapport-offline-release2"]', 'the old cache is still there');
    const release = () => widget.session.evaluate(() => document.documentElement.dataset.release ?? null);
    await widget.session.reload();
    await widget.expectButton('Start');
    assert.equal(await release(), '2');
    await stopProcess(server);
    await reloadOffline(widget, '/');
    assert.equal(await release(), '2');
    await widget.finishCheckIn([5, 5, 5, 5]);
  } finally {
    await stopProcess(server);
    rmSync(root, { recursive: true, force: true });
  }
});

check('the page is installable: a manifest with a name, a start URL and icons we made', async () => {
  const widget = await freshWidget();
  await widget.open();
  const manifest = await widget.session.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]').href;
    const text = await (await fetch(href)).json();
    const icons = [];
    for (const icon of text.icons) {
      const response = await fetch(new URL(icon.src, href));
      icons.push({ src: icon.src, ok: response.ok, type: response.headers.get('content-type'), wanted: icon.type });
    }
    return { name: text.name, start: text.start_url, display: text.display, icons };
  });
  assert.match(manifest.name, /rapport/);
  assert.equal(manifest.start, './');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.length > 0);
  for (const icon of manifest.icons) {
    assert.equal(icon.ok, true, icon.src);
    assert.equal(icon.type, icon.wanted, icon.src);
  }
});
