// Embedding on a coach's site in WebKit: tests/e2e/embedding.spec.mjs, options.spec.mjs, isolation.spec.mjs and
// ready_event.spec.mjs, where WebDriver can drive them (no request interception: what was fetched is read from
// the page's resource timing; the iframe mode through the embed builder's preview, a frame of the same origin).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { releaseInfo } from '../../scripts/version.mjs';
import { until } from './driver.mjs';
import { assert, BASE, check, saveArtefact, freshSession, freshWidget, OTHER_ORIGIN } from './harness.mjs';
import { Widget } from './widget.mjs';

const { version } = releaseInfo();

/** Answers every question of a widget whose questionnaire the embed fixed. */
async function answerAll(widget, label, total) {
  await widget.start();
  for (let number = 1; number <= total; number += 1) await widget.pickAndAdvance(label, number, total);
  return widget.expectHeadline(/./);
}

const events = (session) => session.evaluate(() => window.rapportEvents);
const fetched = (session) =>
  session.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
const WIDGET_WASM = /\/v1\/pkg\/widget_bg\.[0-9a-f]{10}\.wasm$/;

check('under a strict CSP two widgets with their own options run, and the page hears each event once', async () => {
  const session = await freshSession();
  const trust = new Widget(session, BASE, '#trust');
  const checkin = trust.within('#checkin');
  await trust.open('/test/strict.html');
  await checkin.expectButton('Start');
  // The coach's name and colour (data-coach, data-accent): the colour arrives as the theme's accent.
  await trust.expectText(/Offered by Ana Lima Coaching/);
  const colour = (widget) => widget.onElement('button.rapport-primary', (button) => getComputedStyle(button).backgroundColor);
  assert.equal(await colour(trust), 'rgb(138, 43, 226)');
  assert.equal(await colour(checkin), 'rgb(31, 107, 92)');
  await trust.expectText(/Nothing is sent anywhere\./);
  await checkin.expectText(/this website receives your scores/);

  await answerAll(trust, 'Agree', 20);
  assert.equal(await answerAll(checkin, /^8 of 10/, 4), 'Check-in 32 of 40');
  assert.deepEqual(await events(session), [
    { type: 'rapport:start', target: 'trust', detail: { instrument: 'trust', perspective: 'self' } },
    { type: 'rapport:complete', target: 'trust', detail: { instrument: 'trust', perspective: 'self' } },
    { type: 'rapport:start', target: 'checkin', detail: { instrument: 'checkin', perspective: 'client' } },
    {
      type: 'rapport:complete',
      target: 'checkin',
      detail: {
        instrument: 'checkin',
        perspective: 'client',
        scores: { relationship: 8, goals: 8, approach: 8, overall: 8, total: 32 },
      },
    },
  ]);
  // Scores sent: the result says so. Sharing switched off on that widget (data-share="off"), on in the other.
  await checkin.expectText(/this website receives your scores/);
  assert.equal(await checkin.count('link', 'Share or print this result'), 0);
  assert.equal(await trust.count('link', 'Share or print this result'), 1);
  assert.doesNotMatch(await trust.shownText(), /receives your scores/);
  assert.deepEqual(await session.evaluate(() => window.cspViolations), []);
});

check('the wasm is fetched only when the widget comes near the viewport, into a box held for it', async () => {
  const widget = await freshWidget('#widget');
  await widget.session.goto(widget.url('/test/lazy.html'));
  const host = () => widget.session.evaluate(() => document.querySelector('#widget'));
  await until(async () => (await widget.session.evaluate((h) => h.getAttribute('aria-busy'), await host())) === 'true', 'no aria-busy box');
  const held = await widget.session.evaluate((h) => h.getBoundingClientRect().height, await host());
  assert.ok(held > 300, `held ${held} px`);
  // Give a wrong, eager loader every chance to fetch.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.deepEqual((await fetched(widget.session)).filter((path) => path.endsWith('.wasm')), []);
  const after = () => widget.session.evaluate(() => document.querySelector('#after').getBoundingClientRect().top + window.scrollY);
  const before = await after();
  await widget.session.evaluate((h) => h.scrollIntoView(), await host());
  await widget.expectButton('Start');
  assert.equal((await fetched(widget.session)).filter((path) => WIDGET_WASM.test(path)).length, 1);
  assert.equal(await widget.session.evaluate((h) => h.hasAttribute('aria-busy'), await host()), false);
  assert.ok(Math.abs((await after()) - before) < held);
});

check('a page whose policy blocks WebAssembly gets the message, not an empty box', async () => {
  const widget = await freshWidget('#widget');
  await widget.session.goto(widget.url('/test/no-wasm-csp.html'));
  assert.match(await widget.linkHref('Open it on its own page'), /\/index\.html$/);
  // WebKit reports the blocked compile to no securitypolicyviolation listener (Chromium and Firefox do); nothing
  // else may go wrong, which the harness checks.
});

check('a browser without WebAssembly gets the same message, not an empty box', async () => {
  const widget = await freshWidget('#widget');
  await widget.session.goto(widget.url('/test/no-wasm.html'));
  assert.match(await widget.linkHref('Open it on its own page'), /\/index\.html$/);
  assert.equal(await widget.session.evaluate(() => typeof WebAssembly), 'undefined');
});

check('rapport served from another origin than the page loads with CORS and links back to its own origin', async () => {
  const widget = await freshWidget('#widget');
  await widget.session.goto(widget.url('/test/cross-origin.html'));
  await widget.session.evaluate((src) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    document.head.append(script);
  }, `${OTHER_ORIGIN}/v1/rapport.js`);
  await widget.expectButton('Start');
  await answerAll(widget, /^5 of 10/, 4);
  assert.match(await widget.linkHref('Share or print this result'), new RegExp(`^${OTHER_ORIGIN}/summary\\.html#a=`));
});

check("the script embed never registers a service worker on a coach's site; our own page does", async () => {
  const widget = await freshWidget('#widget');
  await widget.open('/test/plain.html');
  await answerAll(widget, 'Agree', 20);
  const registrations = () => widget.session.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length));
  assert.equal(await registrations(), 0);
  // The same origin's own page does register one (WebKitGTK has service workers): the check above could fail.
  await widget.within('[data-rapport]').open('/');
  await until(async () => (await registrations()) === 1, 'our own page registered no service worker');
});

check('the embed builder makes escaped snippets, and its preview runs the iframe mode, which names its release', async () => {
  const session = await freshSession();
  await session.goto(`${BASE}/builder.html`);
  const field = (selector) => until(() => session.evaluate((s) => document.querySelector(s), selector), `no ${selector}`);
  const choose = async (name, value) =>
    session.evaluate((select, v) => {
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      select.dispatchEvent(new Event('input', { bubbles: true }));
    }, await field(`select[name="${name}"]`), value);
  await choose('instrument', 'alliance');
  await choose('perspective', 'coach');
  await session.type('Ana & Co <b>"', (s) => document.querySelector(s), 'input[name="coach"]');
  await session.click((s) => document.querySelector(s), 'input[name="share"]');
  const snippet = () => session.evaluate(() => document.querySelector('#script-snippet').textContent);
  await until(async () => /data-share="off"/.test(await snippet()), 'the snippet did not follow the options');
  assert.match(
    await snippet(),
    /^<div data-rapport data-instrument="alliance" data-perspective="coach" data-coach="Ana &amp; Co &lt;b&gt;&quot;" data-share="off"><\/div>\n<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/v1\/rapport\.js"><\/script>$/,
  );
  assert.match(await session.evaluate(() => document.querySelector('#iframe-snippet').textContent), /embed\.html\?instrument=alliance&amp;perspective=coach/);
  // The iframe mode told this page its release, from the preview frame (iframe.js on the builder page).
  await until(async () => (await session.evaluate(() => window.readyEvents)).length > 0, 'no rapport:ready from the preview');
  assert.deepEqual((await session.evaluate(() => window.readyEvents))[0], { target: 'preview', detail: { version } });
  await session.switchToFrame(() => document.querySelector('#preview'));
  const preview = new Widget(session, BASE);
  await preview.expectText(/Offered by Ana & Co <b>"/);
  assert.equal(await preview.count('radio', /I am the client/), 0);
  await session.switchToTop();
});

check('a configured call to action appears on the result, opening safely in a new tab', async () => {
  const session = await freshSession();
  const good = new Widget(session, BASE, '#good');
  await good.open('/test/options.html');
  // Instrument and perspective are fixed by the embed: no other choice is offered.
  assert.equal(await good.count('radio', /Trust equation|Working alliance|I am the coach/), 0);
  await answerAll(good, /^7 of 10/, 4);
  const link = await until(() => good.find('link', 'Book a free call with Ana'), 'no call to action');
  const attributes = await session.evaluate((a) => [a.getAttribute('href'), a.rel, a.target], link);
  assert.deepEqual(attributes, ['https://ana-coaching.example/book', 'noopener noreferrer', '_blank']);
});

check('hostile option values are refused with a message for the site owner, and nothing runs', async () => {
  const session = await freshSession();
  const hostile = new Widget(session, BASE, '#hostile');
  await hostile.open('/test/options.html');
  const alert = await hostile.expectText(/settings need attention/);
  for (const words of [
    'is unknown: use trust, alliance, checkin or goals',
    'cta-url "javascript:alert(document.cookie)" is not allowed',
    'accent "red;}:host{display:none" is not a colour',
    'coach must be plain text of at most 60 characters',
    'share "maybe" is not a switch: use on or off',
  ]) {
    assert.ok(alert.includes(words), words);
  }
  assert.doesNotMatch(alert, /Offered by/);
  // The defaults are used: the person can still choose (one tap away) and finish.
  await hostile.openChoices();
  assert.equal(await hostile.count('radio', /Trust equation/), 1);
  assert.equal(await hostile.onElement('.rapport', (root) => root.querySelectorAll('img').length), 0);
  await hostile.finishCheckIn([5, 5, 5, 5]);
  // No call to action at all: the one link is the widget's own, to our summary page for sharing.
  const hrefs = await hostile.linkHrefs();
  assert.equal(hrefs.length, 1, hrefs.join(' '));
  assert.match(hrefs[0], /^http:\/\/127\.0\.0\.1:\d+\/summary\.html#a=checkin\./);
  const warnings = await session.evaluate(() => window.pageWarnings.filter((w) => w.startsWith('rapport:')));
  assert.equal(warnings.length, 5, warnings.join('\n'));
  // An alert() would have stopped this session's commands with "unexpected alert open".
});

check('a hostile page restyling *, div, button and input with !important changes nothing in the widget', async () => {
  const widget = await freshWidget('#widget');
  // A shot once the widget has settled (two in a row alike: fonts and the first paint may still be landing).
  const shot = async (path) => {
    await widget.open(path);
    let last;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const png = await widget.session.elementScreenshot(() => document.querySelector('#widget'));
      if (last?.equals(png)) return png;
      last = png;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return last;
  };
  const plain = await shot('/test/plain.html');
  const hostile = await shot('/test/hostile.html');
  // The hostile rules really apply on that page: its own paragraph is restyled.
  assert.equal(await widget.session.evaluate(() => getComputedStyle(document.querySelector('#outside')).borderTopStyle), 'dashed');
  assert.ok(plain.length > 1000, 'a real screenshot');
  saveArtefact('isolation-plain.png', plain);
  saveArtefact('isolation-hostile.png', hostile);
  assert.ok(hostile.equals(plain), 'the widget renders pixel for pixel the same');
});

check("the widget's styles do not leak out onto the host page", async () => {
  const widget = await freshWidget('#widget');
  await widget.open('/test/plain.html');
  const [outside, body] = await widget.session.evaluate(() => [
    getComputedStyle(document.querySelector('#outside')).fontSize,
    getComputedStyle(document.body).fontSize,
  ]);
  assert.equal(outside, body);
});

check('each loader names its release in its first line, and a mounted widget tells its page the version, once', async () => {
  const widget = await freshWidget('#widget');
  await widget.open('/test/plain.html');
  for (const loader of ['rapport.js', 'iframe.js', 'standalone.js']) {
    const first = await widget.session.evaluate((path) => fetch(path).then((r) => r.text()).then((t) => t.split('\n')[0]), `/v1/${loader}`);
    assert.equal(first, `// rapport ${version}, MIT licence`);
  }
  await until(async () => (await widget.session.evaluate(() => window.readyEvents)).length > 0, 'no rapport:ready');
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.deepEqual(await widget.session.evaluate(() => window.readyEvents), [{ target: 'widget', detail: { version } }]);
});

check('the embed builder served from this computer warns that the snippet points here, and offers the npm CDN', async () => {
  const { npmName, major } = releaseInfo();
  const session = await freshSession();
  const builder = new Widget(session, BASE, 'body');
  await session.goto(`${BASE}/builder.html`);
  const text = (selector) => session.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
  const host = new URL(BASE).host;
  await until(async () => /your own computer or local network/.test((await text('[role="note"]')) ?? ''), 'no warning');
  assert.match(await text('[role="note"]'), new RegExp(`served from ${host.replace(/\./g, '\\.')}, your own computer or local network: the snippets point there and will not work on a public site`));
  assert.equal(await text('#script-snippet'), `<div data-rapport></div>\n<script type="module" src="${BASE}/v1/rapport.js"></script>`);
  await builder.clickOn('radio', 'The npm CDN (jsDelivr), every compatible release');
  await until(async () => /cdn\.jsdelivr/.test(await text('#script-snippet')), 'the snippet did not switch to the CDN');
  assert.equal(
    await text('#script-snippet'),
    `<div data-rapport data-share="off"></div>\n<script type="module" src="https://cdn.jsdelivr.net/npm/${npmName}@${major}/v1/rapport.js"></script>`,
  );
  await builder.expectText(/A CDN serves scripts, not pages/);
  assert.ok((await text('#iframe-snippet')).includes(`src="${BASE}/embed.html"`));
  assert.doesNotMatch(await session.evaluate(() => document.body.innerText), /RAPPORT/);
});

check('the embed builder opened as a file points at no file', async () => {
  const session = await freshSession();
  await session.goto(pathToFileURL(resolve('dist/builder.html')).href);
  const text = (selector) => session.evaluate((s) => document.querySelector(s).textContent, selector);
  const script = await until(async () => {
    const shown = await text('#script-snippet');
    return /Opened as a file|cdn\.jsdelivr\.net/.test(shown) && shown;
  }, 'no message and no CDN snippet');
  for (const snippet of ['#script-snippet', '#iframe-snippet']) assert.doesNotMatch(await text(snippet), /file:/);
  if (/Opened as a file/.test(script)) {
    assert.match(script, /open builder\.html there/);
    assert.doesNotMatch(await text('#iframe-snippet'), /<iframe/);
  } else {
    assert.match(await text('[role="note"]'), /opened as a file from your computer/);
  }
});

check('the documented iframe (sandboxed with allow-same-origin, rapport on another origin) completes, keeps the result, grows, and tells the page', async () => {
  const session = await freshSession();
  await session.goto(`${BASE}/test/frame-documented.html`);
  const frameHeight = () => session.evaluate(() => document.querySelector('#frame').getBoundingClientRect().height);
  await session.switchToFrame(() => document.querySelector('#frame'));
  const inside = new Widget(session, OTHER_ORIGIN);
  await inside.expectButton('Start');
  await inside.expectText(/Offered by Ana/);
  await session.switchToTop();
  const startHeight = await until(async () => {
    const height = await frameHeight();
    return height > 400 && height;
  }, 'the frame did not grow to the widget');
  await session.switchToFrame(() => document.querySelector('#frame'));
  assert.equal(await answerAll(inside, /^6 of 10/, 4), 'Check-in 24 of 40');
  // The result is taller than the window and WebKitGTK's driver does not scroll the top page for a click inside a
  // frame from another origin: scroll down to the button first, as a person would.
  await session.switchToTop();
  await session.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await session.switchToFrame(() => document.querySelector('#frame'));
  await inside.click('Back to start');
  await inside.expectHistory(1);
  await session.switchToTop();
  await until(async () => (await frameHeight()) !== startHeight, 'the frame kept its height');
  assert.deepEqual(await events(session), [
    { type: 'rapport:start', target: 'frame', detail: { instrument: 'checkin', perspective: 'client' } },
    {
      type: 'rapport:complete',
      target: 'frame',
      detail: {
        instrument: 'checkin',
        perspective: 'client',
        scores: { relationship: 6, goals: 6, approach: 6, overall: 6, total: 24 },
      },
    },
  ]);
});
