// Layout in WebKit (tests/e2e/layout.spec.mjs): every screen at 360 and 1280 px kept as screenshots in
// e2e-results/webkit/, nothing scrolling sideways at 320 px, 200% zoom, a phone held sideways. Widths under
// 447 px run in a phone-sized frame (tests/pages/phone.html): MiniBrowser's window cannot be narrower than its
// toolbar, and a frame's media queries and overflow follow its own width, as a phone's viewport does.
import { PNG } from 'pngjs';
import { KEYS, until } from './driver.mjs';
import { assert, check, freshWidget, saveArtefact } from './harness.mjs';
import { visitEveryScreen } from './widget.mjs';
import { expectNoSeriousViolations } from './axe.mjs';

const sidewaysOverflow = (session) =>
  session.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A screenshot of the top-left `width` x `height` px of the viewport. */
async function topLeft(session, width, height) {
  const shot = PNG.sync.read(await session.screenshot());
  const cut = new PNG({ width: Math.min(width, shot.width), height: Math.min(height, shot.height) });
  PNG.bitblt(shot, cut, 0, 0, cut.width, cut.height, 0, 0);
  return PNG.sync.write(cut);
}

/** Opens our page in a phone-sized frame and switches into it; returns the widget inside. */
async function inPhoneFrame(width, height) {
  const widget = await freshWidget();
  await widget.session.goto(widget.url(`/test/phone.html?width=${width}&height=${height}&src=/`));
  await widget.session.switchToFrame(() => document.querySelector('#phone'));
  assert.equal(await widget.session.evaluate(() => window.innerWidth), width);
  await widget.expectButton('Start');
  return widget;
}

/** Makes the window tall enough for the whole page (or the phone frame's whole content), then restores it. */
async function wholePage(widget, { frame = false, width }) {
  const session = widget.session;
  const tall = await session.evaluate(() => document.documentElement.scrollHeight);
  const height = Math.min(tall, 2800);
  if (frame) {
    await session.switchToTop();
    await session.evaluate((h) => (document.querySelector('#phone').height = String(h)), height);
  }
  await session.setWindowSize(frame ? 1280 : width, height + 100);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const png = await topLeft(session, width, height);
  await session.setWindowSize(frame ? 1280 : width, 900);
  if (frame) {
    await session.evaluate(() => (document.querySelector('#phone').height = '800'));
    await session.switchToFrame(() => document.querySelector('#phone'));
  }
  return png;
}

check('every screen at 360 px, kept as screenshots', async () => {
  const widget = await inPhoneFrame(360, 800);
  const screens = [];
  await visitEveryScreen(widget, async (screen) => {
    assert.ok((await sidewaysOverflow(widget.session)) <= 0, `${screen} scrolls sideways`);
    saveArtefact(`${screen}-360.png`, await wholePage(widget, { frame: true, width: 360 }));
    screens.push(screen);
  });
  assert.equal(screens.length, 4);
  await widget.session.switchToTop();
});

// axe's light-mode scan of every screen rides on this walk (accessibility.test.mjs has the one at 360 px): each walk
// through 20 questions costs WebKit about 15 s.
check('every screen at 1280 px passes axe, and is kept as a screenshot', async () => {
  const widget = await freshWidget();
  await widget.session.setWindowSize(1280, 900);
  await widget.open();
  assert.equal((await widget.session.viewport()).width, 1280);
  const screens = [];
  await visitEveryScreen(widget, async (screen) => {
    assert.ok((await sidewaysOverflow(widget.session)) <= 0, `${screen} scrolls sideways`);
    await expectNoSeriousViolations(widget.session, screen);
    saveArtefact(`${screen}-1280.png`, await wholePage(widget, { width: 1280 }));
    screens.push(screen);
  });
  assert.equal(screens.length, 4);
});

check('nothing scrolls sideways at 320 px', async () => {
  const widget = await inPhoneFrame(320, 640);
  await visitEveryScreen(widget, async (screen) => {
    assert.ok((await sidewaysOverflow(widget.session)) <= 0, `${screen} scrolls sideways`);
  });
  await widget.session.switchToTop();
});

check('at 200% zoom the question and its whole scale stay readable without sideways scrolling', async () => {
  const widget = await freshWidget();
  await widget.session.setWindowSize(1280, 900);
  await widget.open();
  await widget.session.evaluate(() => {
    document.documentElement.style.zoom = '2';
  });
  // Start by keyboard: WebKitGTK's driver misplaces its native click on a page zoomed with CSS zoom ("element
  // not interactable"), which is how this test zooms (a person's browser zoom is not CSS zoom).
  await widget.session.evaluate((button) => button.focus(), await widget.find('button', 'Start'));
  await widget.session.press(KEYS.Enter);
  await widget.expectQuestion(1, 20);
  assert.ok((await sidewaysOverflow(widget.session)) <= 0);
  // Vertical scrolling is fine at 200% (WCAG 1.4.4); each answer must be reachable and then fully shown.
  for (const label of ['Strongly disagree', 'Neither agree nor disagree', 'Strongly agree']) {
    const radio = await until(() => widget.find('radio', label), `no ${label}`);
    const inView = await widget.session.evaluate((element) => {
      const option = element.parentElement;
      option.scrollIntoView({ block: 'nearest' });
      const box = option.getBoundingClientRect();
      return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
    }, radio);
    assert.equal(inView, true, `${label} is fully shown`);
  }
  assert.ok((await sidewaysOverflow(widget.session)) <= 0);
});

check('a phone held sideways still shows the statement and the answers', async () => {
  const widget = await freshWidget();
  // 740 x 360 px of page (the window adds MiniBrowser's toolbar: setViewportSize measures it).
  await widget.session.setViewportSize(740, 360);
  assert.deepEqual(await widget.session.viewport(), { width: 740, height: 360 });
  await widget.open();
  await widget.start();
  await widget.expectQuestion(1, 20);
  const shown = await widget.onElement('h2', (element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
  assert.equal(shown, true, 'the statement is in view');
  assert.ok((await sidewaysOverflow(widget.session)) <= 0);
  saveArtefact('question-740x360.png', await widget.session.screenshot());
  await widget.pickAndAdvance('Agree', 1, 20);
});
