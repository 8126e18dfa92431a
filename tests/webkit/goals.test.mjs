// Goals and progress in WebKit (tests/e2e/goals.spec.mjs): goals named, a session rated with the check-in in one
// flow, each goal's line and the table, and everything there again after a reload.
import { assert, check, freshWidget } from './harness.mjs';

/** The first element matching `selector` inside any widget's shadow root (for one radio among several scales). */
const inWidget = (scope, selector) => {
  for (const host of document.querySelectorAll(scope)) {
    const found = (host.shadowRoot || host).querySelector(selector);
    if (found) return found;
  }
  return null;
};

check('a client names goals, rates a session with the check-in, and finds the progress after a reload', async () => {
  const widget = await freshWidget();
  await widget.open();
  await widget.choose('Goals and progress');
  await widget.start();
  await widget.expectText(/Name one to three things/);
  await widget.fill('A goal, in your own words', 'Speak first on Mondays');
  await widget.click('Add this goal');
  await widget.expectText(/Goal added\./);
  await widget.click('Rate a session');
  await widget.expectText(/Progress on “Speak first on Mondays”/);
  // The check-in's first statement (g0) and the goal (g4), by real clicks on their boxes.
  await widget.session.click(inWidget, widget.scope, 'input[name="g0"][value="8"]');
  await widget.session.click(inWidget, widget.scope, 'input[name="g4"][value="3"]');
  await widget.click('Save this session');
  await widget.expectText(/Saved\. Your progress is below\./);
  await widget.expectText(/Rated once so far: 3 of 10\./);
  await widget.click('Rate a session');
  await widget.session.click(inWidget, widget.scope, 'input[name="g4"][value="6"]');
  await widget.click('Save this session');
  await widget.expectText(/up 3 since last time/);
  await widget.expectText(/Ratings, oldest first, each of 10: 3, 6\./);
  assert.equal(await widget.onElement('polyline', (line) => line.getAttribute('points')), '30,80 290,50');
  await widget.reload();
  await widget.choose('Goals and progress');
  await widget.start();
  await widget.expectText(/Last time 3 of 10, now 6 of 10\./);
  const rows = await widget.onElement('table', (table) => table.querySelectorAll('tr').length);
  assert.equal(rows, 3);
  // Each session's date with its time of day: these two were on one day.
  const dates = await widget.onElement('table', (table) =>
    [...table.querySelectorAll('th[scope="row"]')].map((cell) => cell.textContent),
  );
  assert.equal(dates.length, 2);
  for (const date of dates) assert.match(date, /\d{4}.*\d{1,2}:\d{2}/);
  // The data panel names the goal and its sessions, and so does the question before "Erase everything".
  await widget.click('Back to start');
  await widget.openDataPanel();
  await widget.expectText(/Kept here: 0 results, 0 unfinished questionnaires, and 1 goal with 2 sessions\./);
  await widget.click('Erase everything');
  await widget.expectText(/on this device\? Kept here: .* 1 goal with 2 sessions\. This cannot be undone\./);
  await widget.click('Keep everything');
});

check('goals sent without names reach the coach as Goal 1; the reply shows both ratings side by side', async () => {
  const widget = await freshWidget();
  await widget.open();
  await widget.choose('Goals and progress');
  await widget.start();
  await widget.fill('A goal, in your own words', 'Ask for help sooner');
  await widget.click('Add this goal');
  await widget.click('Rate a session');
  await widget.session.click(inWidget, widget.scope, 'input[name="g4"][value="4"]');
  await widget.click('Save this session');
  const link = await widget.inputValue('goals-link');
  assert.match(link, /summary\.html#g=C[A-Za-z0-9_-]+$/);
  await widget.session.goto(link);
  await widget.expectText(/Your client's goals/);
  await widget.expectText(/Goal 1/);
  await widget.expectText(/Ask for help sooner/, { absent: true });
  await widget.session.click(inWidget, widget.scope, 'input[name="c4"][value="7"]');
  const reply = await widget.inputValue('goals-reply-link');
  assert.match(reply, /&c=C[A-Za-z0-9_-]+$/);
  await widget.session.goto(reply);
  await widget.session.reload();
  await widget.expectText(/Goals: both views/);
  const cells = await widget.onElement('table', (table) =>
    [...table.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent.trim())),
  );
  assert.deepEqual(cells, [['Goal', 'Client', 'Coach'], ['Goal 1', '4', '7']]);
});
