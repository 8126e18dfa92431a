// The other questionnaires and perspectives in WebKit (tests/e2e/alliance_and_checkin.spec.mjs), results from
// before the questions changed (old_versions.spec.mjs), and Start not redrawing the dated start screen
// (dates.spec.mjs).
import { assert, check, freshWidget } from './harness.mjs';
import { putStored, storageKey } from '../e2e/builders.mjs';

check('a coach finishes the working alliance and sees goals, tasks and bond', async () => {
  const widget = await freshWidget();
  await widget.open();
  await widget.choose('Working alliance', 'I am the coach');
  await widget.start();
  // Goals, tasks, bond are asked in turn: goals Always (5), tasks Fairly often (3), bond Sometimes (2).
  const pattern = ['Always', 'Fairly often', 'Sometimes'];
  for (let number = 1; number <= 12; number += 1) await widget.pickAndAdvance(pattern[(number - 1) % 3], number, 12);
  // Total 4 x (5 + 3 + 2) = 40 of 60, mean 40 / 12 = 3.33.
  assert.equal(await widget.expectHeadline(/^Working alliance/), 'Working alliance 3.3 of 5 on average');
  assert.equal(await widget.testId('score-goals'), '5.0 of 5');
  assert.equal(await widget.testId('score-bond'), '2.0 of 5');
  assert.equal(await widget.count('heading', 'Biggest opportunity: Bond'), 1);
  assert.equal(await widget.count('heading', 'Strongest area: Goals'), 1);
});

check('a second check-in that drops is flagged against the first', async () => {
  const widget = await freshWidget();
  await widget.open();
  const checkIn = async (values) => {
    await widget.choose('Session check-in', 'I am the client');
    await widget.start();
    for (const [index, value] of values.entries()) {
      // Eleven labelled points; nothing is preset, so Next alone would leave the item unanswered.
      await widget.expectQuestion(index + 1, values.length);
      assert.equal(await widget.checkedAnswer(), null);
      await widget.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, values.length);
    }
  };
  await checkIn([8, 8, 9, 8]);
  assert.equal(await widget.expectHeadline(/^Check-in/), 'Check-in 33 of 40');
  await widget.expectText(/first check-in here/);
  await widget.click('Back to start');
  await checkIn([8, 5, 9, 7]);
  assert.equal(await widget.expectHeadline(/^Check-in 29/), 'Check-in 29 of 40');
  await widget.expectText(/Lower than last time \(33 of 40, now 29\)/);
  assert.deepEqual(await widget.texts('listitem', null, { region: /^Since your last result/ }), [
    'Relationship unchanged at 8',
    'Goals and topics down 3 (8 to 5) (weaker)',
    'Approach unchanged at 9',
    'Overall down 1 (8 to 7) (weaker)',
  ]);
});

// Made by rapport before version 2 (crates/core/tests/versions.rs checks the same ones and their arithmetic).
const OLD_TRUST_LINK = 'BAwOXyc5M9tVPv0FuYQH1Y';
const OLD_STORAGE =
  '{"schema":2,"results":[{"id":"1763900000000-trust-self","instrument":"trust","version":1,"perspective":"self",' +
  '"answers":[4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4],"completed_at":1763900000000}],"drafts":[]}';
const NOTE = /^The questions have changed since this result was answered/;

check('an old share link opens with its version 1 scores and the note that the questions changed', async () => {
  const widget = await freshWidget();
  await widget.session.goto(widget.url(`/summary.html#r=${OLD_TRUST_LINK}`));
  // Version 1, all "Agree": C = 7.75, S = 3.25, index 69 (version 2 would give 57 for the same answers).
  assert.equal(await widget.expectHeadline(/^Trust index/), 'Trust index 69 of 100');
  assert.equal(await widget.testId('score-credibility'), '7.8 of 10');
  assert.match(await widget.testId('edition-note'), NOTE);
  await widget.expectText(/not a clinical or psychological test/);
});

check('an old stored result opens with its version 1 score and the note; a new result has no note', async () => {
  const widget = await freshWidget();
  await widget.open();
  await putStored(widget.session, { [storageKey()]: OLD_STORAGE });
  await widget.reload();
  const history = await widget.history();
  assert.equal(history.length, 1);
  assert.match(history[0], /Trust equation · Trust index 69 of 100$/);
  await widget.openLatestResult();
  assert.equal(await widget.expectHeadline(/^Trust index/), 'Trust index 69 of 100');
  assert.match(await widget.testId('edition-note'), NOTE);

  // A new result on version 2, compared with the old one: the change is shown, with a word on the versions.
  await widget.click('Back to start');
  await widget.choose('Trust equation', 'About me');
  await widget.start();
  for (let number = 1; number <= 20; number += 1) await widget.pickAndAdvance('Agree', number, 20);
  assert.equal(await widget.expectHeadline(/^Trust index 57/), 'Trust index 57 of 100');
  assert.equal(await widget.testId('edition-note'), null, 'no note on a new result');
  await widget.expectText(/These results come from different versions of the questions/);
});

check('pressing Start goes to the first question without redrawing the start screen first', async () => {
  // The page counts every date written (tests/pages/count-dates.js, before the widget).
  const widget = await freshWidget();
  await widget.open('/test/dates.html');
  await widget.finishCheckIn([6, 7, 8, 7]);
  await widget.click('Back to start');
  await widget.finishCheckIn([5, 7, 8, 9]);
  await widget.reload();
  await widget.expectHistory(2);
  const datesWritten = () => widget.session.evaluate(() => window.datesWritten);
  // The positive control: the start screen's two results, two dates, and the counting sees them.
  assert.equal(await datesWritten(), 2);
  assert.match((await widget.history())[0], / · Session check-in · Check-in 29 of 40$/);
  await widget.choose('Trust equation', 'About me');
  await widget.start();
  await widget.expectQuestion(1, 20);
  assert.equal(await datesWritten(), 2);
});

check('a question left unanswered is named before the result, with a way straight to it', async () => {
  const widget = await freshWidget();
  await widget.open();
  await widget.start();
  for (let number = 1; number <= 20; number += 1) {
    if (number === 3) {
      await widget.click('Next');
      await widget.expectQuestion(4, 20);
      continue;
    }
    await widget.pickAndAdvance('Neither agree nor disagree', number, 20);
  }
  await widget.click('Next');
  await widget.expectCount('heading', 'Almost there', 1);
  await widget.clickOn('button', /^Question 3:/);
  await widget.expectQuestion(3, 20);
  // A click moves on by itself: wait for it, as a person would, rather than race the pause with Next.
  await widget.pickAndAdvance('Neither agree nor disagree', 3, 20);
  for (let number = 4; number <= 20; number += 1) {
    await widget.expectQuestion(number, 20);
    await widget.click('Next');
  }
  assert.equal(await widget.expectHeadline(/^Trust index/), 'Trust index 50 of 100');
  // An even profile names no part as both strongest and weakest; every part's reading is shown open instead.
  assert.equal(await widget.count('heading', /^(Biggest opportunity|Strongest area):/), 0);
  assert.equal(await widget.count('heading', /^Credibility: mixed$/), 1);
});
