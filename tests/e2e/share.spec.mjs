// Sharing a result: the link made by the widget opens a read-only summary elsewhere, the text and link reach the
// clipboard, broken links explain themselves, and the mail link carries the summary.
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';
import { finishCheckIn } from './pages/flows.mjs';
import { A_SHARED_CODE, codeOfLink, rapportKeys, storedResultIds, withSharedCode } from './builders.mjs';

/** Finishes the trust equation (all "Agree"), gives the result a label, and returns the share link. */
async function shareTrust(page, label = 'Ana') {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await widget.startScreen.choose('Trust equation', 'About me');
  await widget.startScreen.start();
  for (let number = 1; number <= 20; number += 1) await widget.question.pickAndAdvance('Agree', number, 20);
  await expect(widget.result.headline()).toHaveText('Trust index 57 of 100');
  if (label) await page.getByLabel(/Your first name or a label/).fill(label);
  const link = await page.getByTestId('share-link').inputValue();
  return link;
}

test('a share link is short and opens a read-only summary in a fresh browser, never in the visitor\'s history', async ({
  page,
  browser,
}) => {
  const link = await shareTrust(page);
  const url = new URL(link);
  expect(url.pathname).toBe('/summary.html');
  const code = codeOfLink(link);
  expect(code.length, 'a chat-sized code for 20 answers and a label').toBeLessThan(100);

  const visitor = await browser.newContext();
  const other = await visitor.newPage();
  const problems = [];
  other.on('pageerror', (error) => problems.push(error.message));
  await other.goto(link);
  await expect(other.getByTestId('headline')).toHaveText('Trust index 57 of 100');
  await expect(other.getByText(/^Shared by Ana · Trust equation · About me/)).toBeVisible();
  await expect(other.getByTestId('score-credibility')).toHaveText('6.9 of 10');
  // Read-only: no share panel of its own, and the visitor's storage is untouched until they choose.
  await expect(other.getByRole('region', { name: 'Share this result' })).toHaveCount(0);
  expect(await rapportKeys(other)).toEqual([]);

  await other.getByRole('button', { name: 'Take it yourself' }).click();
  await new Widget(other).startScreen.openChoices();
  await expect(other.getByRole('radio', { name: /Trust equation/ })).toBeChecked();
  // Someone else's result never joins the visitor's own history.
  await expect(other.getByRole('region', { name: 'Your results on this device' })).toHaveCount(0);
  expect(problems).toEqual([]);
  await visitor.close();
});

test('link and text summary go to the clipboard, and the mail link carries both', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const link = await shareTrust(page, 'Ana');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  await page.getByRole('button', { name: 'Copy text summary' }).click();
  await expect(page.getByText('Text summary copied.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^Trust equation: About me \(Ana\), .+\nTrust index 57 of 100\n/);
  expect(text).toContain('- Credibility: 6.9 of 10');
  expect(text).toContain(`See the full summary: ${link}`);

  const mail = await page.getByRole('link', { name: 'Email to my coach' }).getAttribute('href');
  expect(mail.startsWith('mailto:?subject=My%20Trust%20equation%20result&body=')).toBe(true);
  expect(decodeURIComponent(mail.split('&body=')[1])).toBe(text);
});

test('where the clipboard is refused, the person is told and the text stays selectable', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
    });
  });
  await shareTrust(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/Copying is blocked here/)).toBeVisible();
  await page.getByText('Text summary', { exact: true }).click();
  await expect(page.getByTestId('share-text')).toHaveValue(/Trust index 57 of 100/);
});

test('the share sheet gets title, text and link where the browser has one', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shared = [];
    Navigator.prototype.share = function share(data) {
      window.__shared.push(data);
      return Promise.resolve();
    };
  });
  const link = await shareTrust(page, '');
  await page.getByRole('button', { name: 'Share…' }).click();
  await expect(page.getByText('Shared.')).toBeVisible();
  const [shared] = await page.evaluate(() => window.__shared);
  expect(shared.url).toBe(link);
  expect(shared.title).toBe('My Trust equation result');
  expect(shared.text).toContain('Trust index 57 of 100');
});

test('without a share sheet there is no Share button', async ({ page }) => {
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  await shareTrust(page, '');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share…' })).toBeHidden();
});

test('broken, tampered and foreign links say what is wrong and leave a working widget', async ({ page }) => {
  const link = await shareTrust(page, '');
  const code = codeOfLink(link);
  const flip = (c) => (c === 'A' ? 'B' : 'A');
  const tampered = code.slice(0, 5) + flip(code[5]) + code.slice(6);
  const cases = [
    [code.slice(0, code.length - 3), /cut short or changed/],
    [tampered, /cut short or changed/],
    ['%3Cscript%3E', /not a share link|not a rapport link|cannot be read/i],
    ['C' + code.slice(1), /newer version/],
  ];
  for (const [broken, message] of cases) {
    await page.goto(withSharedCode('/summary.html', broken));
    await expect(page.getByTestId('link-problem')).toHaveText(message);
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  }
});

test('from the embed on a coach\'s page, a result is shared on our summary page, as the person\'s own', async ({
  page,
}) => {
  // The embed (rapport.js) carries only a link: sharing lives in the standalone pages' build, so the embed stays
  // within its size budget. The link hands the result over in its fragment, never to a server.
  await page.goto(withSharedCode('/test/options.html', A_SHARED_CODE));
  const host = page.locator('#good');
  await finishCheckIn(page, [7, 8, 6, 9], { scope: host });
  await expect(host.getByTestId('headline')).toHaveText('Check-in 30 of 40');
  await expect(host.getByRole('region', { name: 'Share this result' })).toHaveCount(0);
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  expect(loaded.some((name) => /\/v1\/pkg\/widget_bg\.[0-9a-f]{10}\.wasm$/.test(name))).toBe(true);
  expect(loaded.some((name) => name.includes('standalone'))).toBe(false);

  const link = host.getByRole('link', { name: 'Share or print this result' });
  expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/summary\.html#a=checkin\.1\.client\.\d+\.7869&own$/);

  await page.goto(href);
  await expect(page.getByTestId('headline')).toHaveText('Check-in 30 of 40');
  await expect(page.getByText(/^Session check-in · I am the client · /)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Someone shared this result with you' })).toHaveCount(0);
  const shareLink = await page.getByTestId('share-link').inputValue();
  await expect(page.getByRole('img', { name: 'QR code of the link to this result' })).toBeVisible();
  // The proper share code opens the same result elsewhere.
  await page.goto(shareLink);
  await expect(page.getByTestId('headline')).toHaveText('Check-in 30 of 40');
  await expect(page.getByText(/^Shared with you · Session check-in/)).toBeVisible();

  // A tampered hand-over is refused with a message, and the page still works.
  await page.goto(href.replace('.7869', '.78z9'));
  await page.reload();
  await expect(page.getByTestId('link-problem')).toHaveText(/cut short or changed/);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('a visitor may keep someone else\'s result, listed as theirs and never compared with their own', async ({
  page,
  browser,
}) => {
  const link = await shareTrust(page, 'Ana');
  const visitor = await browser.newContext();
  const other = await visitor.newPage();
  await other.goto(link);
  await other.getByRole('button', { name: 'Keep a copy on this device' }).click();
  await expect(other.getByText(/^A copy is kept on this device, listed as shared with you/)).toBeVisible();
  await expect(other.getByRole('button', { name: 'Keep a copy on this device' })).toBeHidden();
  const ids = await storedResultIds(other);
  expect(ids).toHaveLength(1);
  expect(ids[0]).toMatch(/^shared-/);

  // On the visitor's own page: listed as Ana's; it opens read-only.
  const own = new Widget(other);
  await own.startScreen.open('/');
  await expect(own.startScreen.history()).toHaveText([/^Shared by Ana · .* · Trust equation · Trust index 57 of 100$/]);
  await own.startScreen.openLatestResult();
  await expect(other.getByText(/^Shared by Ana · Trust equation · About me/)).toBeVisible();
  await expect(other.getByRole('region', { name: 'Share this result' })).toHaveCount(0);

  // The visitor's own trust result is their first: nothing "since your last result" from Ana's.
  await other.getByRole('button', { name: 'Back to start' }).click();
  await own.startScreen.choose('Trust equation', 'About me');
  await own.startScreen.start();
  for (let number = 1; number <= 20; number += 1) await own.question.pickAndAdvance('Disagree', number, 20);
  await expect(own.result.headline()).toBeVisible();
  await expect(other.getByRole('heading', { name: /^Since your last result/ })).toHaveCount(0);
  await expect(other.getByText(/^Shared by/)).toHaveCount(0);
  await visitor.close();
});

test('a coach\'s own results page: the embed links there, and links made there point back to it', async ({
  page,
  baseURL,
}) => {
  // The coach's two pages, with this run's port in them: the booking page with the embed, and a results page
  // that runs the standalone build (docs/embedding.md, share-base).
  const results = `${baseURL}/test/ana-results.html`;
  const html = (title, body) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<link rel="icon" href="/favicon.svg"></head><body>${body}</body></html>`;
  await page.route('**/test/ana-results.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: html('Your result, Ana Lima Coaching', `<div data-rapport data-share-base="${results}"></div>` +
        '<script type="module" src="/v1/standalone.js"></script>'),
    }),
  );
  await page.route('**/test/ana.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: html('Ana Lima Coaching', `<div id="w" data-rapport data-instrument="checkin" data-perspective="client" ` +
        `data-share-base="${results}"></div><script type="module" src="/v1/rapport.js"></script>`),
    }),
  );
  await page.goto('/test/ana.html');
  const widget = new Widget(page, page.locator('#w'));
  await widget.startScreen.start();
  for (let number = 1; number <= 4; number += 1) await widget.question.pickAndAdvance(/^7 of 10/, number, 4);
  await expect(widget.result.headline()).toHaveText('Check-in 28 of 40');
  const href = await widget.scope.getByRole('link', { name: 'Share or print this result' }).getAttribute('href');
  expect(href.startsWith(`${results}#a=checkin.`)).toBe(true);

  await page.goto(href);
  await expect(page.getByTestId('headline')).toHaveText('Check-in 28 of 40');
  const shareLink = await page.getByTestId('share-link').inputValue();
  expect(shareLink.startsWith(`${results}#r=`)).toBe(true);
  // Away and back, so the link opens as a fresh page. Not through our own summary page: it registers rapport's
  // service worker, which then fetches this routed test page from the real server (a 404), since Playwright's
  // routes do not apply to a worker's requests. On a coach's real site the two pages are on different origins.
  await page.goto('about:blank');
  await page.goto(shareLink);
  await expect(page.getByText(/^Shared with you · Session check-in/)).toBeVisible();
  await expect(page.getByTestId('headline')).toHaveText('Check-in 28 of 40');
});
