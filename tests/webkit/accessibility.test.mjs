// axe-core in WebKit (tests/e2e/accessibility.spec.mjs): the check-in's 0 to 10 scale and a second result in a
// phone-sized frame (every screen in light mode: layout.test.mjs's walk at 1280 px; in dark: dark.test.mjs). axe is injected through WebDriver's execute
// script, which the page's strict policy does not govern; anything axe did that the policy refused would be
// recorded as a violation and fail the test.
import { assert, check, freshWidget } from './harness.mjs';
import { expectNoSeriousViolations } from './axe.mjs';

check("the check-in's 0 to 10 question and a second result pass axe at 360 px", async () => {
  const widget = await freshWidget();
  await widget.session.goto(widget.url('/test/phone.html?width=360&height=740&src=/'));
  await widget.session.switchToFrame(() => document.querySelector('#phone'));
  assert.equal(await widget.session.evaluate(() => window.innerWidth), 360);
  await widget.expectButton('Start');
  await widget.finishCheckIn([8, 8, 9, 8]);
  await widget.click('Back to start');
  await widget.choose('Session check-in', 'I am the client');
  await widget.start();
  await widget.expectQuestion(1, 4);
  await widget.focusAnswer('5 of 10, partly');
  await expectNoSeriousViolations(widget.session, 'check-in question');
  for (const [index, value] of [8, 5, 9, 7].entries()) await widget.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4);
  await widget.expectCount('heading', /^Since your last result/, 1);
  await expectNoSeriousViolations(widget.session, 'check-in result');
  await widget.session.switchToTop();
});
