// The core behaviours in WebKit (the engine of Safari and of every iPhone browser), through WebKitWebDriver.
// Run by `make e2e` (scripts/e2e.sh): node --test tests/webkit/. Every test fails on a problem a page recorded
// (harness.mjs).
import { KEYS, until } from './driver.mjs';
import { Widget } from './widget.mjs';
import { assert, BASE, check, freshSession, OTHER_ORIGIN } from './harness.mjs';

// The widget's pause before it moves on after a pointer pick (src/screens/question.rs), with room to spare.
const AUTO_ADVANCE_MS = 450;

async function expectNoProblems(widget) {
  assert.deepEqual(await widget.session.takeProblems(), [], 'the page recorded problems');
}

/** Answers all 20 trust questions "Agree" by pointer and checks the result: 57 of 100 on version 2 (as in every engine; hand-checked in crates/core/tests/versions.rs). */
async function trustRunByPointer(widget, by) {
  await widget.open('/test/checked.html');
  await widget.start();
  await widget.expectQuestion(1, 20);
  for (let number = 1; number <= 20; number += 1) await widget.pickAndAdvance('Agree', number, 20, { by });
  assert.equal(await widget.expectHeadline(/^Trust index/), 'Trust index 57 of 100');
}

check('a full trust run by clicking each answer\'s text moves on by itself; the result survives a reload and its share link opens in a fresh browser', async () => {
  const widget = new Widget(await freshSession(), BASE);
  await trustRunByPointer(widget, 'label');
  await expectNoProblems(widget);
  const shareLink = await widget.linkHref('Share or print this result');
  assert.match(shareLink, /\/summary\.html#a=/);

  // Kept after a reload: the start screen lists it, and it opens again.
  await widget.open('/test/checked.html');
  await widget.openLatestResult();
  assert.equal(await widget.expectHeadline(/^Trust index/), 'Trust index 57 of 100');
  await expectNoProblems(widget);

  // The share link in a browser that has never seen it: a read-only summary of the same result.
  const visitor = new Widget(await freshSession(), BASE);
  await visitor.session.goto(shareLink);
  assert.equal(await visitor.expectHeadline(/^Trust index/), 'Trust index 57 of 100');
});

check('a full trust run by clicking the radio buttons themselves moves on by itself', async () => {
  const widget = new Widget(await freshSession(), BASE);
  await trustRunByPointer(widget, 'radio');
  await expectNoProblems(widget);
});

check('by keyboard, arrows change the answer without moving on; Enter confirms it', async () => {
  const widget = new Widget(await freshSession(), BASE);
  await widget.open('/test/checked.html');
  await widget.start();
  await widget.expectQuestion(1, 20);
  await widget.focusAnswer('Disagree');
  await widget.session.press(KEYS.Space);
  await widget.session.press(KEYS.ArrowRight);
  await until(async () => (await widget.checkedAnswer()) !== 'Disagree', 'the arrow did not change the answer');
  const afterArrow = await widget.checkedAnswer();
  // Nothing moves on, even once the pause a pointer pick waits for has passed (three times over).
  await new Promise((resolve) => setTimeout(resolve, 3 * AUTO_ADVANCE_MS));
  await widget.expectQuestion(1, 20);
  assert.equal(await widget.checkedAnswer(), afterArrow);
  // The rest of the questionnaire by keyboard alone: Space chooses, Enter confirms.
  await widget.session.press(KEYS.Enter);
  for (let number = 2; number <= 20; number += 1) {
    await widget.expectQuestion(number, 20);
    await widget.focusAnswer('Agree');
    await widget.session.press(KEYS.Space, KEYS.ArrowRight, KEYS.Enter);
  }
  assert.match(await widget.expectHeadline(/^Trust index/), /^Trust index \d+ of 100$/);
  await expectNoProblems(widget);
});

check('rapport served from another origin runs under the strict policy with that origin added', async () => {
  const widget = new Widget(await freshSession(), BASE);
  await widget.session.goto(`${BASE}/test/cross-origin-strict.html`);
  await widget.session.evaluate((src) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    document.head.append(script);
  }, `${OTHER_ORIGIN}/v1/rapport.js`);
  await widget.expectButton('Start');
  await widget.start();
  await widget.pickAndAdvance('Agree', 1, 20);
  await expectNoProblems(widget);
});

check('without constructable stylesheets (Safari before 16.4) the widget is styled as usual, with no CSP violation', async () => {
  const widget = new Widget(await freshSession(), BASE, '#widget');
  const looks = () =>
    widget.session.evaluate(() => {
      const root = document.querySelector('#widget').shadowRoot;
      const start = [...root.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Start');
      const style = getComputedStyle(start);
      return {
        font: getComputedStyle(root.querySelector('.rapport')).fontFamily,
        background: style.backgroundColor,
        color: style.color,
        radius: style.borderTopLeftRadius,
      };
    });
  const styled = async () => {
    await widget.expectButton('Start');
    return until(async () => {
      const seen = await looks();
      return /system-ui/.test(seen.font) && seen;
    }, 'the widget kept the browser\'s default font');
  };
  await widget.session.goto(`${BASE}/test/checked.html`);
  const usual = await styled();
  await widget.session.goto(`${BASE}/test/fallback.html`);
  assert.equal(
    await widget.session.evaluate(() => {
      try {
        new CSSStyleSheet();
        return 'constructed';
      } catch {
        return 'throws';
      }
    }),
    'throws',
  );
  assert.deepEqual(await styled(), usual);
  await expectNoProblems(widget);
});
