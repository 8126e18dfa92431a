// The other instruments and perspectives finish too, and the check-in reads as a trend.
import { test, expect } from './fixtures.mjs';
import { StartScreen } from './pages/start.mjs';
import { QuestionScreen } from './pages/question.mjs';
import { ResultScreen } from './pages/result.mjs';

test('a coach finishes the working alliance and sees goals, tasks and bond', async ({ page }) => {
  const [startScreen, questionScreen, resultScreen] = [new StartScreen(page), new QuestionScreen(page), new ResultScreen(page)];
  await startScreen.open();
  await startScreen.choose('Working alliance', 'I am the coach');
  await startScreen.start();
  // Goals, tasks, bond are asked in turn: goals Always (5), tasks Fairly often (3), bond Sometimes (2).
  const pattern = ['Always', 'Fairly often', 'Sometimes'];
  for (let number = 1; number <= 12; number += 1) {
    await questionScreen.pickAndAdvance(pattern[(number - 1) % 3], number, 12);
  }
  // Total 4 x (5 + 3 + 2) = 40 of 60, mean 40 / 12 = 3.33.
  await expect(resultScreen.headline()).toHaveText('Working alliance 3.3 of 5 on average');
  await expect(page.getByTestId('score-goals')).toHaveText('5.0 of 5');
  await expect(page.getByTestId('score-bond')).toHaveText('2.0 of 5');
  await expect(page.getByRole('heading', { name: 'Biggest opportunity: Bond' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Strongest area: Goals' })).toBeVisible();
});

test('a second check-in that drops is flagged against the first', async ({ page }) => {
  const [startScreen, questionScreen, resultScreen] = [new StartScreen(page), new QuestionScreen(page), new ResultScreen(page)];
  await startScreen.open();
  const checkIn = async (values) => {
    await startScreen.choose('Session check-in', 'I am the client');
    await startScreen.start();
    for (const [index, value] of values.entries()) {
      // Eleven labelled points; nothing is preset, so Next alone would leave the item unanswered.
      await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
      await questionScreen.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, values.length);
    }
  };
  await checkIn([8, 8, 9, 8]);
  await expect(resultScreen.headline()).toHaveText('Check-in 33 of 40');
  await expect(page.getByText(/first check-in here/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to start' }).click();
  await checkIn([8, 5, 9, 7]);
  await expect(resultScreen.headline()).toHaveText('Check-in 29 of 40');
  await expect(page.getByText(/Lower than last time \(33 of 40, now 29\)/)).toBeVisible();
  // Each part's change, in words: "weaker" is what a drop means for the relationship, and an unchanged part
  // needs no word after "unchanged".
  const changes = page.getByRole('region', { name: /^Since your last result/ }).getByRole('listitem');
  await expect(changes).toHaveText([
    'Relationship unchanged at 8',
    'Goals and topics down 3 (8 to 5) (weaker)',
    'Approach unchanged at 9',
    'Overall down 1 (8 to 7) (weaker)',
  ]);
});
