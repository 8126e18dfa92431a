// Goals between a client and a coach (our pages only, issue 21): the client sends their goals as a link, progress
// only unless they include the names; the coach rates the same goals and sends a reply; that link shows both.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { StartScreen } from './pages/start.mjs';
import { GoalsScreen } from './pages/goals.mjs';

async function expectAxeClean(page, screen) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact))
    .map((violation) => `${screen}: ${violation.id} ${violation.nodes.map((n) => n.target).join(' | ')}`);
  expect(serious).toEqual([]);
}

test('a client sends goals without names, then with them; the coach rates them and both ratings show side by side', async ({ page }) => {
  const start = new StartScreen(page);
  await start.open();
  await start.choose('Goals and progress');
  await start.start();
  const goals = new GoalsScreen(page);
  await goals.addGoal('Speak first on Mondays');
  await goals.addGoal('Delegate the report');
  await goals.rateSession({ goals: [['Speak first on Mondays', 4], ['Delegate the report', 7]] });
  const send = page.getByRole('region', { name: 'Send your goals to your coach' });
  const names = send.getByRole('checkbox', { name: /Include the goals' names/ });
  await expect(names).not.toBeChecked();
  const privateLink = await send.getByTestId('goals-link').inputValue();
  expect(privateLink).toMatch(/summary\.html#g=C[A-Za-z0-9_-]+$/);
  await names.check();
  const namedLink = await send.getByTestId('goals-link').inputValue();
  expect(namedLink.length).toBeGreaterThan(privateLink.length);

  // The coach opens the link without names: the goals are Goal 1 and Goal 2.
  await page.goto(privateLink);
  await expect(page.getByRole('heading', { name: "Your client's goals" })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Goal 1' })).toBeVisible();
  await expect(page.getByText('Speak first on Mondays')).toHaveCount(0);
  // With names, and rated from the coach's side.
  await page.goto(namedLink);
  await page.reload();
  await page.getByRole('group', { name: 'Speak first on Mondays' }).getByRole('radio', { name: /^6 of 10/ }).check();
  await page.getByRole('group', { name: 'Delegate the report' }).getByRole('radio', { name: /^7 of 10/ }).check();
  const reply = await page.getByTestId('goals-reply-link').inputValue();
  expect(reply).toContain('&c=C');
  await page.goto(reply);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Goals: both views' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toHaveText(/Speak first on Mondays\s*4\s*6/);
  await expect(rows.nth(2)).toHaveText(/Delegate the report\s*7\s*7/);
});

test('the goals sharing screens pass axe: sending, the coach rating, both views', async ({ page }) => {
  const start = new StartScreen(page);
  await start.open();
  await start.choose('Goals and progress');
  await start.start();
  const goals = new GoalsScreen(page);
  await goals.addGoal('One');
  await goals.rateSession({ goals: [['One', 4]] });
  await expectAxeClean(page, 'progress with the send link');
  const link = await page.getByTestId('goals-link').inputValue();
  await page.goto(link);
  await page.getByRole('group', { name: 'Goal 1' }).getByRole('radio', { name: /^6 of 10/ }).check();
  await expectAxeClean(page, 'the coach rates');
  await page.goto(await page.getByTestId('goals-reply-link').inputValue());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Goals: both views' })).toBeVisible();
  await expectAxeClean(page, 'both views');
});

test('a damaged goals link says so and opens nothing', async ({ page }) => {
  await page.goto('/summary.html#g=CAAAAAAAAAAAAAAAAA');
  await expect(page.getByTestId('link-problem')).toHaveText('This link seems to be cut short or changed: ask for it to be sent again.');
  await expect(page.getByRole('heading', { name: "Your client's goals" })).toHaveCount(0);
});
