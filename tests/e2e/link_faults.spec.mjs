// Crafted, cut and mistyped links and options (issue 18, "Links and options"): each gives a clear message, shows no
// wrong result and loses nothing. Each test fails on the build before these fixes.
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';
import { StartScreen } from './pages/start.mjs';
import { finishCheckIn } from './pages/flows.mjs';
import { codeOfLink } from './builders.mjs';

/** Finishes a check-in on the demo page and returns the code in its share link. */
async function checkInCode(page, values, perspective = 'I am the client') {
  await new StartScreen(page).open();
  await finishCheckIn(page, values, { perspective });
  return codeOfLink(await page.getByTestId('share-link').inputValue());
}

/** Console warnings the page (and its frames) logged, as they come. */
function warnings(page) {
  const seen = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') seen.push(message.text());
  });
  return seen;
}

const problem = (page) => page.getByTestId('link-problem');
const html = (title, head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="icon" href="/favicon.svg">${head}</head><body>${body}</body></html>`;

test('an empty link says it is empty', async ({ page }) => {
  await page.goto('/summary.html#r=');
  await expect(problem(page)).toHaveText(/^This link is empty/);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('a link over the length limit says it is too long or was cut', async ({ page }) => {
  await page.goto(`/summary.html#r=${'A'.repeat(20001)}`);
  await expect(problem(page)).toHaveText(/too long to open: it was joined with other text or cut/);
});

test('a broken first link of three is named and nothing is compared until the person chooses', async ({ page }) => {
  const client = await checkInCode(page, [7, 8, 6, 9]);
  await page.evaluate(() => localStorage.clear());
  const coach = await checkInCode(page, [5, 5, 5, 5], 'I am the coach');
  await page.goto('/summary.html');
  await page.goto(`/summary.html#r=BROKEN!&r=${client}&r=${coach}`);
  await page.reload();
  await expect(problem(page)).toHaveText(/^Link 1 of 3 could not be read: /);
  await expect(page.getByRole('heading', { name: 'Compare two views of one relationship' })).toHaveCount(0);
  await expect(page.getByTestId('headline')).toHaveCount(0);
  await page.getByRole('button', { name: 'Open the readable links (2)' }).click();
  await expect(page.getByRole('heading', { name: 'Compare two views of one relationship' })).toBeVisible();
  await expect(problem(page)).toBeHidden();
});

test('more than 60 links say how many were left out', async ({ page }) => {
  const code = await checkInCode(page, [7, 8, 6, 9]);
  await page.goto('/summary.html');
  await page.goto(`/summary.html#${Array.from({ length: 63 }, () => `r=${code}`).join('&')}`);
  await page.reload();
  await expect(problem(page)).toHaveText(/^3 more results were left out: a link opens at most 60/);
});

test('a broken link opened later in the tab takes the earlier shared result off the screen', async ({ page }) => {
  const code = await checkInCode(page, [7, 8, 6, 9]);
  await page.goto('/summary.html');
  await page.goto(`/summary.html#r=${code}`);
  await page.reload();
  await expect(page.getByTestId('headline')).toHaveText('Check-in 30 of 40');
  await page.evaluate(() => { location.hash = '#r=BROKEN!'; });
  await expect(problem(page)).toHaveText(/not a rapport link/);
  await expect(page.getByTestId('headline')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('data-share-base on another site is refused with a console warning, links stay on our page', async ({ page }) => {
  const seen = warnings(page);
  await page.route('**/test/elsewhere.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: html('Coach', '', '<div id="w" data-rapport data-instrument="checkin" data-perspective="client" ' +
        'data-share-base="https://evil.example/results"></div><script type="module" src="/v1/rapport.js"></script>'),
    }),
  );
  await page.goto('/test/elsewhere.html');
  const widget = new Widget(page, page.locator('#w'));
  await widget.startScreen.start();
  for (let number = 1; number <= 4; number += 1) await widget.question.pickAndAdvance(/^7 of 10/, number, 4);
  const href = await widget.scope.getByRole('link', { name: 'Share or print this result' }).getAttribute('href');
  expect(new URL(href).pathname).toBe('/summary.html');
  expect(seen).toContainEqual(expect.stringContaining('share-base "https://evil.example/results" is not allowed'));
});

test('data-rapport on a link, a button, a custom element or a filled box touches nothing', async ({ page }) => {
  const seen = warnings(page);
  const hosts =
    '<a id="a" href="/book" data-rapport>Book a call</a><button id="b" data-rapport>Go</button>' +
    '<ana-box id="c" data-rapport>Kept</ana-box><div id="d" data-rapport><p>Our own text</p></div>' +
    '<section id="w" data-rapport data-instrument="trust"></section>';
  await page.route('**/test/hosts.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: html('Hosts', '', `${hosts}<script type="module" src="/v1/rapport.js"></script>`) }),
  );
  await page.goto('/test/hosts.html');
  await expect(new Widget(page, page.locator('#w')).scope.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  for (const [id, text] of [['a', 'Book a call'], ['b', 'Go'], ['c', 'Kept'], ['d', 'Our own text']]) {
    const host = page.locator(`#${id}`);
    await expect(host).toHaveText(text);
    expect(await host.evaluate((element) => element.shadowRoot === null && !element.hasAttribute('data-rapport-mounted'))).toBe(true);
  }
  expect(seen).toEqual(expect.arrayContaining([
    'rapport: data-rapport needs an empty div, section or aside: this "a" element was left as it is',
    'rapport: data-rapport needs an empty div, section or aside: this "button" element was left as it is',
    'rapport: data-rapport needs an empty div, section or aside: this "ana-box" element was left as it is',
    'rapport: data-rapport needs an empty div, section or aside: this "div" element was left as it is',
  ]));
});

test('an iframe embed on a page that sends no referrer warns with the fix', async ({ page }) => {
  const seen = warnings(page);
  await page.route('**/test/no-referrer.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Referrer-Policy': 'no-referrer' },
      body: html('No referrer', '<script type="module" src="/v1/iframe.js"></script>',
        '<iframe data-rapport-frame title="Check-in" src="/embed.html?instrument=checkin"></iframe>'),
    }),
  );
  await page.goto('/test/no-referrer.html');
  await expect(page.frameLocator('iframe').getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect.poll(() => seen.join('\n')).toContain('sends no referrer');
  expect(seen.join('\n')).toContain('add parent-origin=https://your-site.example');
});

test('a share sheet answering after its panel is gone stops nothing', async ({ page }) => {
  // A share sheet that stays open until the test closes it, refusing (the widget then copies the link instead).
  await page.addInitScript(() => {
    navigator.share = () =>
      new Promise((_, reject) => {
        window.refuseShare = () => reject(new DOMException('refused', 'NotAllowedError'));
      });
  });
  const code = await checkInCode(page, [7, 8, 6, 9]);
  await page.getByRole('button', { name: 'Share…' }).click();
  await expect.poll(() => page.evaluate(() => typeof window.refuseShare)).toBe('function');
  // Another link opens in this tab while the sheet is open: the share panel is gone.
  await page.evaluate((shared) => { location.hash = `#r=${shared}`; }, code);
  await expect(page.getByText(/^Shared with you · Session check-in/)).toBeVisible();
  await page.evaluate(() => window.refuseShare());
  await page.waitForTimeout(300);
  // The widget still works (a wasm panic would have stopped it and logged an uncaught error).
  await page.getByRole('button', { name: 'Take it yourself' }).click();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});
