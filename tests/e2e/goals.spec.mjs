// Goals and progress (issue 21): a client names goals, rates a session with the check-in in one flow, sees each
// goal's line with its numbers and a table, and finds everything again after a reload; by keyboard, at 360 px, in
// German on a coach's page with data-instrument="goals", and clean under axe.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { StartScreen } from './pages/start.mjs';
import { GoalsScreen } from './pages/goals.mjs';

async function openGoals(page) {
  const start = new StartScreen(page);
  await start.open();
  await start.choose('Goals and progress');
  // Goals are not a questionnaire: no perspective to choose.
  await expect(page.getByRole('group', { name: 'Whose view?' })).toBeHidden();
  await start.start();
  return new GoalsScreen(page);
}

async function twoSessions(goals) {
  await goals.addGoal('Speak first in the Monday meeting', 'I open the meeting twice in a row');
  await goals.addGoal('Delegate the weekly report');
  await expect(goals.said()).toHaveText('Goal added.');
  await expect(goals.goals()).toHaveCount(2);
  await goals.rateSession({
    checkin: [8, 7, 9, 6],
    goals: [['Speak first in the Monday meeting', 3], ['Delegate the weekly report', 5]],
  });
  await expect(goals.said()).toHaveText('Saved. Your progress is below.');
  await goals.rateSession({
    checkin: [9, null, 9, 8],
    goals: [['Speak first in the Monday meeting', 5]],
    note: 'I noticed I wait to be asked.',
  });
}

async function expectProgress(page, goals) {
  await expect(goals.heading('Your progress')).toBeVisible();
  const first = goals.trend('Speak first in the Monday meeting');
  await expect(first.locator('.rapport-goals__change')).toHaveText('up 2 since last time');
  await expect(first.getByRole('img', { name: 'Ratings, oldest first, each of 10: 3, 5.' })).toBeVisible();
  await expect(first.locator('svg polyline')).toHaveAttribute('points', '30,80 290,60');
  await expect(first.getByText('Last time 3 of 10, now 5 of 10.')).toBeVisible();
  const second = goals.trend('Delegate the weekly report');
  await expect(second.getByText('Rated once so far: 5 of 10.')).toBeVisible();
  const rows = goals.table().getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).getByRole('columnheader')).toHaveText(['Date', 'Check-in', 'Speak first in the Monday meeting', 'Delegate the weekly report', 'Note']);
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['26 (3 of 4 answered)', '5', '–', 'I noticed I wait to be asked.']);
  await expect(rows.nth(2).getByRole('cell')).toHaveText(['30 of 40', '3', '5', '']);
  // Each date has its time of day, so two sessions on one day (these two) can be told apart.
  const dates = await rows.getByRole('rowheader').allInnerTexts();
  expect(dates).toHaveLength(2);
  for (const date of dates) expect(date).toMatch(/\d{4}.*\d{1,2}:\d{2}/);
}

test('a client names two goals, rates two sessions with the check-in, and sees each line and the table', async ({ page }) => {
  const goals = await openGoals(page);
  await expect(goals.heading('Your goals')).toBeFocused();
  await twoSessions(goals);
  await expectProgress(page, goals);
  // Reload: everything is kept on this device, and the progress is there again.
  await page.reload();
  await new StartScreen(page).choose('Goals and progress');
  await new StartScreen(page).start();
  await expectProgress(page, goals);
  // Kept in the export like every result.
  await page.getByRole('button', { name: 'Back to start' }).click();
  const stored = await page.evaluate(() => localStorage.getItem('rapport:default:data'));
  expect(JSON.parse(stored).schema).toBe(3);
  expect(JSON.parse(stored).goals).toHaveLength(2);
  expect(JSON.parse(stored).entries).toHaveLength(2);
  // The data panel names them, and so does the question before "Erase everything" deletes them.
  await new StartScreen(page).openDataPanel();
  await expect(page.getByText(/^Kept here:/).first()).toHaveText(
    'Kept here: 0 results, 0 unfinished questionnaires, and 2 goals with 2 sessions.',
  );
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('and 2 goals with 2 sessions. This cannot be undone.');
});

test('a goal is renamed, paused, achieved and resumed, and its history stays', async ({ page }) => {
  const goals = await openGoals(page);
  await goals.addGoal('Sleep before midnight');
  await goals.rateSession({ goals: [['Sleep before midnight', 4]] });
  await page.getByRole('button', { name: 'Change your goals' }).click();
  const goal = goals.goals().first();
  await goals.openChanges(goal);
  await goal.getByRole('textbox', { name: 'Name' }).fill('In bed by eleven');
  await goal.getByRole('button', { name: 'Save the change' }).click();
  await expect(goals.said()).toHaveText('Saved.');
  await expect(goals.goals().first().locator('.rapport-goals__name')).toHaveText('In bed by eleven');
  await goals.openChanges(goals.goals().first());
  await goals.goals().first().getByRole('button', { name: 'Mark achieved' }).click();
  await expect(goals.said()).toHaveText('Marked achieved. Its history stays.');
  await expect(goals.goals().first()).toContainText('In bed by eleven (achieved)');
  await expect(page.getByRole('button', { name: 'Rate a session' })).toBeHidden();
  await page.getByRole('button', { name: 'See your progress' }).click();
  await expect(goals.trend('In bed by eleven (achieved)').getByText(/Rated once so far: 4 of 10\. You marked this goal achieved\./)).toBeVisible();
  await page.getByRole('button', { name: 'Change your goals' }).click();
  await goals.openChanges(goals.goals().first());
  await goals.goals().first().getByRole('button', { name: 'Resume' }).click();
  await expect(goals.said()).toHaveText('Active again.');
  await expect(page.getByRole('button', { name: 'Rate a session' })).toBeVisible();
});

test('the bounds are said plainly: long names, hidden direction characters, a fourth active goal, an empty session', async ({ page }) => {
  const goals = await openGoals(page);
  await goals.addGoal('x'.repeat(81));
  await expect(goals.said()).toHaveText("A goal's name can be up to 80 characters. Shorten it a little.");
  await goals.addGoal('evil\u202Eeman');
  await expect(goals.said()).toHaveText(/control characters or invisible characters/);
  await expect(goals.goals()).toHaveCount(0);
  for (const name of ['One', 'Two', 'Three']) await goals.addGoal(name);
  await expect(goals.goals()).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Add this goal' })).toBeHidden();
  await expect(page.getByText('Three goals are active: the most at once.')).toBeVisible();
  await page.getByRole('button', { name: 'Rate a session' }).click();
  await page.getByRole('button', { name: 'Save this session' }).click();
  await expect(goals.said()).toHaveText('Answer a statement or rate a goal first: there is nothing to save yet.');
  await page.getByRole('textbox', { name: /What did you notice/ }).fill('n'.repeat(201));
  await page.getByRole('group', { name: 'Progress on “One”' }).getByRole('radio', { name: /^6 of 10/ }).check();
  await page.getByRole('button', { name: 'Save this session' }).click();
  await expect(goals.said()).toHaveText('A note can be up to 200 characters. Shorten it a little.');
});

test('a borrowed phone keeps no goals: nothing is written and a reload shows none', async ({ page }) => {
  const start = new StartScreen(page);
  await start.open();
  await start.choose('Goals and progress');
  await page.getByRole('checkbox', { name: /Don't keep my answers/ }).check();
  await start.start();
  const goals = new GoalsScreen(page);
  await expect(page.getByText('Nothing on this screen is kept on this device')).toBeVisible();
  await goals.addGoal('Private goal');
  await goals.rateSession({ goals: [['Private goal', 7]] });
  await expect(goals.trend('Private goal')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('rapport:default:data'))).toBeNull();
  await page.reload();
  await start.choose('Goals and progress');
  await start.start();
  await expect(goals.heading('Your goals')).toBeVisible();
  await expect(goals.goals()).toHaveCount(0);
});

test('by keyboard only: a goal is added and a session rated', async ({ page }) => {
  const start = new StartScreen(page);
  await start.open();
  await start.choose('Goals and progress');
  await start.startButton().focus();
  await page.keyboard.press('Enter');
  const goals = new GoalsScreen(page);
  await expect(goals.heading('Your goals')).toBeFocused();
  // Tab to the name field, type, tab past the done field to the button, Enter.
  const name = page.getByRole('textbox', { name: 'A goal, in your own words' });
  for (let tabs = 0; tabs < 10 && !(await name.evaluate((el) => el === el.getRootNode().activeElement)); tabs += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('Ask for help sooner');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add this goal' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(goals.goals()).toHaveCount(1);
  const rate = page.getByRole('button', { name: 'Rate a session' });
  await rate.focus();
  await page.keyboard.press('Enter');
  await expect(goals.heading('After a session')).toBeFocused();
  // Into the first statement's scale: Space chooses 0, an arrow moves within it and never moves on.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group').first().getByRole('radio', { checked: true })).toHaveAccessibleName(/^1 of 10/);
  await page.getByRole('group', { name: 'Progress on “Ask for help sooner”' }).getByRole('radio', { name: /^0 of 10/ }).focus();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Save this session' }).focus();
  await page.keyboard.press('Enter');
  await expect(goals.said()).toHaveText('Saved. Your progress is below.');
  await expect(goals.trend('Ask for help sooner').getByText('Rated once so far: 4 of 10.')).toBeVisible();
});

test('a coach page with data-instrument="goals" offers only goals, in German', async ({ page }) => {
  await page.goto('/test/goals.html');
  const widget = page.locator('#w');
  await expect(widget.getByRole('button', { name: 'Starten' })).toBeVisible();
  await expect(widget.locator('summary').first()).toContainText('Ziele und Fortschritt');
  // Headed by goals, not by the trust questionnaires' pitch.
  await expect(widget.getByRole('heading', { level: 2 })).toHaveText('Wo stehst du mit deinen Zielen?');
  await expect(widget.locator('.rapport-lead')).toContainText('bis zu drei eigene Ziele');
  await expect(widget.getByRole('radio')).toHaveCount(0);
  await widget.getByRole('button', { name: 'Starten' }).click();
  await expect(widget.getByRole('heading', { level: 2, name: 'Deine Ziele' })).toBeVisible();
  await widget.getByRole('textbox', { name: 'Ein Ziel, in deinen eigenen Worten' }).fill('Mehr Pausen');
  await widget.getByRole('button', { name: 'Dieses Ziel hinzufügen' }).click();
  await widget.getByRole('button', { name: 'Eine Sitzung einschätzen' }).click();
  await widget.getByRole('group', { name: 'Fortschritt bei „Mehr Pausen“' }).getByRole('radio').nth(6).check();
  await widget.getByRole('button', { name: 'Diese Sitzung speichern' }).click();
  await expect(widget.getByText('Bisher einmal eingeschätzt: 6 von 10.')).toBeVisible();
});

async function expectAxeClean(page, screen) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact))
    .map((violation) => `${screen}: ${violation.id} ${violation.nodes.map((n) => n.target).join(' | ')}`);
  expect(serious).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(5);
}

test('every view of the goals screen passes axe', async ({ page }) => {
  const goals = await openGoals(page);
  await expectAxeClean(page, 'goals');
  await twoSessions(goals);
  await expectAxeClean(page, 'progress');
  await page.getByRole('button', { name: 'Rate a session' }).click();
  await expectAxeClean(page, 'session');
});

test('@phone the whole flow by touch at 360 px, nothing wider than the screen', async ({ page }, testInfo) => {
  const goals = await openGoals(page);
  await twoSessions(goals);
  await expectProgress(page, goals);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(360);
  await page.screenshot({ path: testInfo.outputPath('goals-progress-360.png'), fullPage: true });
  await page.getByRole('button', { name: 'Rate a session' }).click();
  await page.screenshot({ path: testInfo.outputPath('goals-session-360.png'), fullPage: true });
  await expectAxeClean(page, 'session at 360 px');
});
