// A new coach with only the release archive and docs/hosting.md: unpack the zip into an empty folder, put it on a
// plain static host (tests/release/static-server.mjs: types by extension and the archive's own `_headers`, nothing
// of serve.mjs), take the snippet from that host's builder.html, paste it into a page of another site with the
// Content-Security-Policy docs/embedding.md gives, and answer to a result. Plain Playwright APIs.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseInfo } from '../../scripts/version.mjs';
import { serveFolder } from './static-server.mjs';

const { version } = releaseInfo();
const PORT = Number(process.env.E2E_PORT || 8181);
// The bundle on one origin, the coach's site on another: the module scripts and the wasm cross origins (CORS).
const RAPPORT = `http://localhost:${PORT + 1}`;
const COACH = `http://127.0.0.1:${PORT + 2}`;

let scratch;
let servers = [];

test.beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'rapport-archive-'));
  execFileSync('node', ['scripts/release.mjs', '--out', join(scratch, 'release')], { stdio: 'ignore' });
  const site = join(scratch, 'site');
  mkdirSync(site);
  execFileSync('unzip', ['-q', join(scratch, 'release', `rapport-${version}.zip`), '-d', site]);
  expect(readdirSync(site)).toEqual([`rapport-${version}`]);
  mkdirSync(join(scratch, 'coach'));
  servers = await Promise.all([
    serveFolder(join(site, `rapport-${version}`), PORT + 1, 'localhost'),
    serveFolder(join(scratch, 'coach'), PORT + 2, '127.0.0.1'),
  ]);
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('the unpacked archive on a plain static host runs the embed on a coach page of another site', async ({ page }) => {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /instantiateStreaming|MIME/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const wasmResponses = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.wasm')) wasmResponses.push(response);
  });

  // The snippet, from the builder page of the host the archive went to.
  await page.goto(`${RAPPORT}/builder.html`);
  await page.getByLabel('Questionnaire').selectOption('checkin');
  await page.getByLabel('Whose view').selectOption('client');
  const snippet = page.locator('#script-snippet');
  await expect(snippet).toContainText('data-instrument="checkin"');
  await expect(snippet).toContainText('data-perspective="client"');
  const text = await snippet.textContent();
  expect(text).toContain(`<script type="module" src="${RAPPORT}/v1/rapport.js"></script>`);

  // The coach's page: their own strict policy, with rapport's host added as docs/embedding.md says.
  writeFileSync(
    join(scratch, 'coach', 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ana Lima Coaching</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${RAPPORT} 'wasm-unsafe-eval'; connect-src 'self' ${RAPPORT}; style-src 'self'; img-src 'self' data:">
<link rel="icon" href="data:,"></head>
<body><h1>How is our coaching going?</h1>
${text}
</body></html>`,
  );
  await page.addInitScript(() => {
    window.heard = [];
    window.violations = [];
    for (const type of ['rapport:ready', 'rapport:start', 'rapport:complete']) {
      document.addEventListener(type, (event) => window.heard.push({ type, detail: event.detail }));
    }
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.violatedDirective));
  });
  // Only the coach's page's downloads count (the builder's preview loaded the widget too).
  wasmResponses.length = 0;
  await page.goto(`${COACH}/`);
  const widget = page.locator('[data-rapport]');
  await widget.getByRole('button', { name: 'Start', exact: true }).click();
  for (let question = 1; question <= 4; question += 1) {
    await expect(widget.getByText(`Question ${question} of 4`, { exact: true })).toBeVisible();
    await widget.getByRole('radio', { name: /^8 of 10/ }).click();
  }
  await expect(widget.getByTestId('headline')).toHaveText('Check-in 32 of 40');

  expect(await page.evaluate(() => window.heard)).toEqual([
    { type: 'rapport:ready', detail: { version } },
    { type: 'rapport:start', detail: { instrument: 'checkin', perspective: 'client' } },
    { type: 'rapport:complete', detail: { instrument: 'checkin', perspective: 'client' } },
  ]);
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  // The wasm came from the archive's host with the headers its _headers file promises.
  expect(wasmResponses).toHaveLength(1);
  const headers = wasmResponses[0].headers();
  expect(headers['content-type']).toBe('application/wasm');
  expect(headers['access-control-allow-origin']).toBe('*');
  expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(problems).toEqual([]);
});
