// The embed builder writes snippets with the real address it is served from (or the npm CDN's), never a
// placeholder, and warns when that address cannot work on a public site: a file, this computer, a local network.
// Plain Playwright APIs.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_TYPES } from '../../scripts/hosting-rules.mjs';
import { releaseInfo } from '../../scripts/version.mjs';

const DIST = resolve('dist');
const { npmName, major } = releaseInfo();
const PUBLIC = 'https://assessment.ana.example/coaching/';

test('served from this computer, it warns that the snippet points here, and offers the npm CDN', async ({ page, baseURL }) => {
  await page.goto('/builder.html');
  const host = new URL(baseURL).host;
  await expect(page.getByRole('note')).toHaveText(new RegExp(`served from ${host.replace(/\./g, '\\.')}, your own computer or local network: the snippets point there and will not work on a public site`));
  const script = page.locator('#script-snippet');
  await expect(script).toHaveText(`<div data-rapport></div>\n<script type="module" src="${baseURL}/v1/rapport.js"></script>`);

  await page.getByLabel('The npm CDN (jsDelivr), every compatible release').check();
  await expect(script).toHaveText(
    `<div data-rapport data-share="off"></div>\n<script type="module" src="https://cdn.jsdelivr.net/npm/${npmName}@${major}/v1/rapport.js"></script>`,
  );
  await expect(page.getByText('A CDN serves scripts, not pages')).toBeVisible();
  // The iframe cannot come from a CDN: it stays on this host.
  await expect(page.locator('#iframe-snippet')).toContainText(`src="${baseURL}/embed.html"`);
  await expect(page.locator('body')).not.toContainText('RAPPORT');
});

test('served from a public host, the snippets use its address and nothing warns', async ({ page }) => {
  // The public host, answered from dist/ (headers as scripts/serve.mjs sends them).
  await page.route(`${PUBLIC}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice('/coaching/'.length) || 'index.html';
    const body = await readFile(join(DIST, path)).catch(() => null);
    if (!body) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body, headers: { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' } });
  });
  await page.goto(`${PUBLIC}builder.html?from=newsletter#top`);
  await page.getByLabel('Questionnaire').selectOption('trust');
  await expect(page.locator('#script-snippet')).toHaveText(
    `<div data-rapport data-instrument="trust"></div>\n<script type="module" src="${PUBLIC}v1/rapport.js"></script>`,
  );
  await expect(page.locator('#iframe-snippet')).toContainText(`src="${PUBLIC}embed.html?instrument=trust"`);
  await expect(page.locator('#iframe-snippet')).toContainText(`<script type="module" src="${PUBLIC}v1/iframe.js"></script>`);
  await expect(page.getByRole('note')).toBeHidden();
  await expect(page.getByText(PUBLIC, { exact: true })).toBeVisible();
  // The preview runs from the same host.
  await expect(page.frameLocator('#preview').getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('opened as a file, it points at no file: a message, or in browsers that run its script there the CDN with a warning', async ({ page }) => {
  await page.goto(pathToFileURL(join(DIST, 'builder.html')).href);
  const script = page.locator('#script-snippet');
  await expect(script).toContainText(/Opened as a file|cdn\.jsdelivr\.net/);
  for (const snippet of ['#script-snippet', '#iframe-snippet']) await expect(page.locator(snippet)).not.toContainText('file:');
  if (/Opened as a file/.test(await script.textContent())) {
    // Chromium runs no module script from a file: the page's own text says what to do.
    await expect(script).toContainText('open builder.html there');
    await expect(page.locator('#iframe-snippet')).not.toContainText('<iframe');
  } else {
    await expect(page.getByRole('note')).toContainText('opened as a file from your computer');
  }
});
