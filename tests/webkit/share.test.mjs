// Sharing in WebKit (tests/e2e/share.spec.mjs) and the summary page's tools (summary_tools.spec.mjs): the link
// in a fresh browser, the clipboard refused, the share sheet or none, broken links, the embed's hand-over, keeping
// someone else's result; the QR codes decoded from WebKit's own screenshots, comparison and group summaries.
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { until } from './driver.mjs';
import { assert, check, freshWidget, saveArtefact } from './harness.mjs';
import { A_SHARED_CODE, rapportKeys, storedResultIds, withSharedCode } from '../e2e/builders.mjs';

/** Finishes the trust equation (all "Agree") on a fresh browser, gives the result a label; returns the link. */
async function shareTrust(widget, label = 'Ana') {
  await widget.open();
  await widget.choose('Trust equation', 'About me');
  await widget.start();
  for (let number = 1; number <= 20; number += 1) await widget.pickAndAdvance('Agree', number, 20);
  assert.equal(await widget.expectHeadline(/^Trust index/), 'Trust index 57 of 100');
  if (label) await widget.fill(/Your first name or a label/, label);
  return widget.inputValue('share-link');
}

/** Finishes a check-in (6, 7, 8, 7: 28 of 40) on a fresh browser after running `before` in the page; the link. */
async function shareCheckIn(widget, before) {
  await widget.open();
  await widget.session.evaluate(before);
  assert.equal(await widget.finishCheckIn([6, 7, 8, 7]), 'Check-in 28 of 40');
  return widget.inputValue('share-link');
}

const codeOf = (link) => new URL(link).hash.slice('#r='.length);

check("a share link is short, its text and mail carry the summary, it opens read-only in a fresh browser, never in the visitor's history; the visitor may keep a copy", async () => {
  const widget = await freshWidget();
  const link = await shareTrust(widget);
  // The text summary names the score and links the full summary, and the mail link carries it. (The clipboard
  // itself is not read here: WebKit asks the person before a page may read it.)
  await widget.clickOn('button', 'Text summary');
  const text = await widget.inputValue('share-text');
  assert.match(text, /^Trust equation: About me \(Ana\), .+\nTrust index 57 of 100\n/);
  assert.ok(text.includes('- Credibility: 6.9 of 10'), text);
  assert.ok(text.includes(`See the full summary: ${link}`), text);
  const mail = await widget.linkHref('Email to my coach');
  assert.ok(mail.startsWith('mailto:?subject=My%20Trust%20equation%20result&body='), mail);
  assert.equal(decodeURIComponent(mail.split('&body=')[1]), text);
  const url = new URL(link);
  assert.equal(url.pathname, '/summary.html');
  assert.ok(codeOf(link).length < 100, 'a chat-sized code for 20 answers and a label');

  const visitor = await freshWidget();
  await visitor.session.goto(link);
  assert.equal(await visitor.expectHeadline(/^Trust index/), 'Trust index 57 of 100');
  await visitor.expectText(/Shared by Ana · Trust equation · About me/);
  assert.equal(await visitor.testId('score-credibility'), '6.9 of 10');
  assert.equal(await visitor.count('region', 'Share this result'), 0);
  assert.deepEqual(await rapportKeys(visitor.session), []);

  // Keeping a copy: listed as Ana's on the visitor's own page, opened read-only.
  await visitor.clickOn('button', 'Keep a copy on this device');
  await visitor.expectText(/A copy is kept on this device, listed as shared with you/);
  assert.equal(await visitor.count('button', 'Keep a copy on this device'), 0);
  const ids = await storedResultIds(visitor.session);
  assert.equal(ids.length, 1);
  assert.match(ids[0], /^shared-/);
  await visitor.open('/');
  const history = await visitor.history();
  assert.equal(history.length, 1);
  assert.match(history[0], /^Shared by Ana · .* · Trust equation · Trust index 57 of 100$/);
  await visitor.openLatestResult();
  await visitor.expectText(/Shared by Ana · Trust equation · About me/);
  assert.equal(await visitor.count('region', 'Share this result'), 0);

  // The visitor's own trust result is their first: nothing "since your last result" from Ana's.
  await visitor.click('Back to start');
  await visitor.choose('Trust equation', 'About me');
  await visitor.start();
  for (let number = 1; number <= 20; number += 1) await visitor.pickAndAdvance('Disagree', number, 20);
  await visitor.expectHeadline(/^Trust index/);
  assert.equal(await visitor.count('heading', /^Since your last result/), 0);
  assert.doesNotMatch(await visitor.shownText(), /Shared by/);
});

check('a shared result offers "Take it yourself", which starts the same questionnaire without keeping anything', async () => {
  const visitor = await freshWidget();
  await visitor.session.goto(visitor.url(withSharedCode('/summary.html', 'BAwOXyc5M9tVPv0FuYQH1Y')));
  await visitor.expectHeadline(/^Trust index/);
  await visitor.clickOn('button', 'Take it yourself');
  await until(() => visitor.isChecked(/Trust equation/), 'Trust equation is not chosen');
  assert.equal(await visitor.count('region', 'Your results on this device'), 0);
  assert.deepEqual(await rapportKeys(visitor.session), []);
});

check('where the clipboard is refused, the person is told and the text stays selectable', async () => {
  const widget = await freshWidget();
  await shareCheckIn(widget, () => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
    });
  });
  await widget.clickOn('button', 'Copy link');
  await widget.expectText(/Copying is blocked here/);
  await widget.clickOn('button', 'Text summary');
  assert.match(await widget.inputValue('share-text'), /Check-in 28 of 40/);
});

check('the share sheet gets title, text and link where the browser has one; without one there is no Share button', async () => {
  const widget = await freshWidget();
  const link = await shareCheckIn(widget, () => {
    window.shared = [];
    Navigator.prototype.share = function share(data) {
      window.shared.push(data);
      return Promise.resolve();
    };
  });
  await widget.clickOn('button', 'Share…');
  await widget.expectText(/Shared\./);
  const [shared] = await widget.session.evaluate(() => window.shared);
  assert.equal(shared.url, link);
  assert.equal(shared.title, 'My Session check-in result');
  assert.match(shared.text, /Check-in 28 of 40/);

  const without = await freshWidget();
  await shareCheckIn(without, () => {
    delete Navigator.prototype.share;
  });
  assert.equal(await without.count('button', 'Copy link'), 1);
  assert.equal(await without.count('button', 'Share…'), 0);
});

check('broken, tampered and foreign links say what is wrong and leave a working widget', async () => {
  const widget = await freshWidget();
  await widget.session.goto(widget.url(withSharedCode('/summary.html', A_SHARED_CODE)));
  await widget.expectHeadline(/./);
  const code = A_SHARED_CODE;
  const flip = (c) => (c === 'A' ? 'B' : 'A');
  const cases = [
    [code.slice(0, code.length - 3), /cut short or changed/],
    [code.slice(0, 5) + flip(code[5]) + code.slice(6), /cut short or changed/],
    ['%3Cscript%3E', /not a share link|not a rapport link|cannot be read/i],
    ['C' + code.slice(1), /newer version/],
  ];
  for (const [broken, message] of cases) {
    await widget.session.goto(widget.url(`/summary.html#r=${broken}`));
    // A new fragment on the same page is not a new load: load it.
    await widget.session.reload();
    await widget.expectTestId('link-problem', message);
    await widget.expectButton('Start');
  }
});

check("from the embed on a coach's page, a result is shared on our summary page, as the person's own", async () => {
  const host = await freshWidget('#good');
  const { session } = host;
  await session.goto(host.url(withSharedCode('/test/options.html', A_SHARED_CODE)));
  assert.equal(await host.finishCheckIn([7, 8, 6, 9], null, { choose: false }), 'Check-in 30 of 40');
  assert.equal(await host.count('region', 'Share this result'), 0);
  const loaded = await session.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  assert.ok(loaded.some((name) => /\/v1\/pkg\/widget_bg\.[0-9a-f]{10}\.wasm$/.test(name)));
  assert.ok(!loaded.some((name) => name.includes('standalone')));
  const href = await host.linkHref('Share or print this result');
  assert.match(href, /^http:\/\/127\.0\.0\.1:\d+\/summary\.html#a=checkin\.1\.client\.\d+\.7869&own$/);
  const link = await host.find('link', 'Share or print this result');
  assert.equal(await session.evaluate((a) => a.rel, link), 'noopener noreferrer');

  const page = host.within('[data-rapport]');
  await session.goto(href);
  assert.equal(await page.expectHeadline(/^Check-in/), 'Check-in 30 of 40');
  await page.expectText(/Session check-in · I am the client · /);
  assert.equal(await page.count('region', 'Someone shared this result with you'), 0);
  const shareLink = await page.inputValue('share-link');
  await until(() => page.session.evaluate(() => document.querySelector('[data-rapport]').shadowRoot.querySelector('[aria-label="QR code of the link to this result"]')), 'no QR code');
  await session.goto(shareLink);
  await session.reload();
  assert.equal(await page.expectHeadline(/^Check-in/), 'Check-in 30 of 40');
  await page.expectText(/Shared with you · Session check-in/);

  // A tampered hand-over is refused with a message, and the page still works.
  await session.goto(href.replace('.7869', '.78z9'));
  await session.reload();
  await page.expectTestId('link-problem', /cut short or changed/);
  await page.expectButton('Start');
});

/** Finishes a check-in on a fresh browser and returns its share link. */
async function checkInLink(values) {
  const widget = await freshWidget();
  await widget.open();
  await widget.finishCheckIn(values);
  return { widget, link: await widget.inputValue('share-link') };
}

/** Finishes the working alliance (one answer per factor: goals, tasks, bond) and returns its share link. */
async function allianceLink(perspective, pattern) {
  const widget = await freshWidget();
  await widget.open();
  await widget.choose('Working alliance', perspective);
  await widget.start();
  for (let number = 1; number <= 12; number += 1) await widget.pickAndAdvance(pattern[(number - 1) % 3], number, 12);
  await widget.expectHeadline(/./);
  return { widget, link: await widget.inputValue('share-link') };
}

/** Decodes the QR code drawn by the element with this aria-label, from a WebKit screenshot of it. */
async function decodeQr(widget, label) {
  // Up to three shots: on a busy machine a shot can land before the scroll that brought the code into view is painted.
  let decoded;
  for (let attempt = 0; attempt < 3 && !decoded; attempt += 1) {
    const png = await widget.session.elementScreenshot(
      (name) => document.querySelector('[data-rapport]').shadowRoot.querySelector(`[aria-label="${name}"]`),
      label,
    );
    saveArtefact(`qr-${label.split(' ').slice(-1)[0]}.png`, png);
    const image = PNG.sync.read(png);
    decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
  }
  return decoded;
}

check('the QR code on the summary page decodes to the share link', async () => {
  const { widget, link } = await checkInLink([7, 8, 6, 9]);
  await widget.session.goto(link);
  await widget.expectHeadline(/^Check-in/);
  assert.equal(await decodeQr(widget, 'QR code of the link to this result'), link);
});

check('a coach and a client compare their views of the alliance, largest gap named', async () => {
  const { link: client } = await allianceLink('I am the client', ['Always', 'Fairly often', 'Sometimes']);
  const { widget, link: coach } = await allianceLink('I am the coach', ['Always', 'Always', 'Always']);
  await widget.session.goto(widget.url(`/summary.html#r=${codeOf(client)}&r=${codeOf(coach)}`));
  await widget.session.reload();
  await until(() => widget.find('heading', 'Compare two views of one relationship'), 'no comparison');
  assert.match(await widget.expectTestId('largest-gap', /Bond/), /Bond/);
  assert.match(await widget.testId('gap-bond'), /3\.0/);
  assert.match(await widget.testId('gap-goals'), /0\.0/);
  saveArtefact('compare.png', await widget.session.screenshot());

  // Pasting works too, and two results from the same side are refused with a reason.
  await widget.session.goto(widget.url('/summary.html'));
  await widget.clickOn('button', 'Compare two results');
  await widget.fill('First link', client);
  await widget.fill('Second link', client);
  await widget.clickOn('button', 'Compare');
  await widget.expectText(/same side/);
});

check('a group summary shows mean, spread and count from three links, and nothing from two', async () => {
  const links = [];
  let widget;
  for (const values of [
    [8, 8, 8, 8],
    [6, 6, 6, 6],
    [4, 4, 4, 4],
  ]) {
    const made = await checkInLink(values);
    links.push(made.link);
    widget = made.widget;
  }
  await widget.session.goto(widget.url('/summary.html'));
  await widget.clickOn('button', 'Summarise a group');
  await widget.fill('Share links', links.slice(0, 2).join('\n'));
  await widget.clickOn('button', 'Summarise');
  await widget.expectTestId('group-too-small', /./);
  assert.equal(await widget.onElement('.rapport', (root) => root.querySelectorAll('table').length), 0);

  await widget.fill('Share links', [...links, links[0], 'not a link'].join('\n'));
  await until(async () => (await widget.testId('group-too-small')) === null, 'still too small');
  const row = await until(
    () => widget.onElement('[data-testid^="group-"]:not([data-testid="group-too-small"])', (element) => element.textContent),
    'no group row',
  );
  // Three check-ins at 8, 6 and 4 on every item: mean 6.0, population spread 1.6, range 4.0 to 8.0.
  for (const part of ['6.0', '1.6', '4.0 to 8.0']) assert.ok(row.includes(part), `${part} in ${row}`);
  assert.equal(await widget.count('heading', 'Session check-in · I am the client · 3 results'), 1);
  await widget.expectText(/1 link could not be read and was left out\./);
  saveArtefact('group.png', await widget.session.screenshot());
});

check("a facilitator's start QR opens the chosen questionnaire on a phone", async () => {
  const widget = await freshWidget();
  await widget.session.goto(widget.url('/summary.html'));
  await widget.clickOn('button', 'Make a start QR code');
  await widget.clickOn('radio', 'Working alliance');
  await widget.clickOn('radio', 'I am the coach');
  const link = await until(async () => {
    const value = await widget.inputValue('start-link');
    return /perspective=coach/.test(value) && value;
  }, 'the start link did not follow the choices');
  assert.match(link, /\/\?instrument=alliance&perspective=coach&lang=en$/);
  assert.equal(await decodeQr(widget, 'QR code that starts the questionnaire'), link);

  await widget.session.goto(link);
  await widget.expectButton('Start');
  assert.equal(await widget.isChecked(/Working alliance/), true);
  assert.equal(await widget.count('radio', /Trust equation/), 0);
  assert.equal(await widget.isChecked(/^I am the coach/), true);
});

check("a coach's own results page: the embed links there, and links made there point back to it", async () => {
  // The coach's two pages (tests/pages/ana.html and ana-results.html, share-base set by ana.js).
  const widget = await freshWidget('#w');
  const results = widget.url('/test/ana-results.html');
  await widget.open('/test/ana.html');
  assert.equal(await widget.finishCheckIn([7, 7, 7, 7], null, { choose: false }), 'Check-in 28 of 40');
  const href = await widget.linkHref('Share or print this result');
  assert.ok(href.startsWith(`${results}#a=checkin.`), href);

  const page = widget.within('[data-rapport]');
  await widget.session.goto(href);
  assert.equal(await page.expectHeadline(/^Check-in/), 'Check-in 28 of 40');
  const shareLink = await page.inputValue('share-link');
  assert.ok(shareLink.startsWith(`${results}#r=`), shareLink);
  await widget.session.goto('about:blank');
  await widget.session.goto(shareLink);
  await page.expectText(/Shared with you · Session check-in/);
  assert.equal(await page.expectHeadline(/^Check-in/), 'Check-in 28 of 40');
});
