// A workshop participant on a phone, in WebKit (the engine of every iPhone browser): tests/e2e/phone.spec.mjs and
// auto_advance.spec.mjs. Phone widths run in a phone-sized frame (tests/pages/phone.html; MiniBrowser's window
// cannot be narrower than 447 px). Answers are clicked, not tapped: WebKitGTK's driver accepts touch actions
// but delivers them as mouse events (pointerType "mouse", seen here), so there is no touch to test.
import { assert, check, freshWidget, saveArtefact } from './harness.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const noSidewaysScroll = (session) => session.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Opens our page in a phone-sized frame and switches into it; returns the widget inside. */
async function inPhoneFrame(width, height = 740) {
  const widget = await freshWidget();
  await widget.session.goto(widget.url(`/test/phone.html?width=${width}&height=${height}&src=/`));
  await widget.session.switchToFrame(() => document.querySelector('#phone'));
  assert.equal(await widget.session.evaluate(() => window.innerWidth), width);
  await widget.expectButton('Start');
  return widget;
}

check('a phone user clicks through the trust equation to a readable result, with tap targets of 44 px', async () => {
  const widget = await inPhoneFrame(360);
  assert.equal(await noSidewaysScroll(widget.session), true);
  await widget.start();
  await widget.expectQuestion(1, 20);
  const box = await widget.session.evaluate((radio) => radio.parentElement.getBoundingClientRect().toJSON(), await widget.find('radio', 'Agree'));
  assert.ok(box.height >= 44 && box.width >= 44, JSON.stringify(box));
  for (let number = 1; number <= 20; number += 1) {
    await widget.pickAndAdvance(number % 2 ? 'Agree' : 'Strongly agree', number, 20);
  }
  assert.match(await widget.expectHeadline(/^Trust index/), /^Trust index \d+ of 100$/);
  assert.equal(await noSidewaysScroll(widget.session), true);
  await widget.session.reload();
  await widget.session.switchToFrame(() => document.querySelector('#phone'));
  await widget.expectButton('Start');
  await widget.openLatestResult();
  assert.match(await widget.expectHeadline(/^Trust index/), /^Trust index \d+ of 100$/);
  await widget.session.switchToTop();
});

for (const width of [320, 360]) {
  check(`the check-in's 0 to 10 scale fits a ${width} px phone in balanced rows`, async () => {
    const widget = await inPhoneFrame(width);
    await widget.choose('Session check-in', 'I am the client');
    await widget.start();
    await widget.expectQuestion(1, 4);
    for (const name of ['0 of 10, not at all', '5 of 10, partly', '10 of 10, completely', '7 of 10']) {
      assert.equal(await widget.count('radio', name), 1, name);
    }
    await widget.expectText(/10 of 10, completely/);
    const boxes = await widget.onElement('.rapport-scale--dense', (scale) =>
      [...scale.querySelectorAll('.rapport-option')].map((option) => {
        const box = option.getBoundingClientRect();
        const label = option.querySelector('.rapport-option__label').getBoundingClientRect();
        const inside = label.left >= box.left - 0.5 && label.right <= box.right + 0.5;
        return { text: option.textContent.trim(), top: Math.round(box.top), width: box.width, inside };
      }),
    );
    assert.deepEqual(boxes.map((box) => box.text), ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    assert.deepEqual(boxes.filter((box) => !box.inside), []);
    for (const box of boxes) assert.ok(box.width >= 44, `${box.text}: ${box.width} px`);
    const lastRow = boxes.filter((box) => box.top === boxes[boxes.length - 1].top);
    assert.ok(lastRow.length >= 3, `${lastRow.length} in the last row`);
    assert.equal(await noSidewaysScroll(widget.session), true);
    await widget.session.switchToTop();
    saveArtefact(`checkin-${width}.png`, await widget.session.elementScreenshot(() => document.querySelector('#phone')));
    await widget.session.switchToFrame(() => document.querySelector('#phone'));
    // Still answered by picking a number.
    await widget.clickOn('radio', '8 of 10');
    await widget.expectQuestion(2, 4);
    await widget.session.switchToTop();
  });
}

check('a click moves on after the pause; Back or a key during the pause cancels it', async () => {
  // Real time here (WebDriver has no clock to hold): the pause is 450 ms (src/screens/question.rs), and each
  // cancelling step follows the pick within one driver round trip (a few tens of ms).
  const widget = await freshWidget();
  await widget.open();
  await widget.start();
  await widget.expectQuestion(1, 20);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
  // Positive control: nothing interrupts, so the pick moves on.
  await widget.pick('Agree');
  await widget.expectQuestion(2, 20);
  // Back during the pause: the person lands on question 1 and stays there.
  const back = await widget.find('button', 'Back');
  await widget.pick('Disagree');
  await widget.session.command('POST', `/element/${back[ELEMENT]}/click`, {});
  await settle();
  await widget.expectQuestion(1, 20);
  // A key during the pause (Tab, moving on through the page) cancels too, and the answer stays chosen.
  await widget.pick('Strongly agree');
  await widget.session.press('\uE004');
  await settle();
  await widget.expectQuestion(1, 20);
  assert.equal(await widget.isChecked('Strongly agree'), true);
});
