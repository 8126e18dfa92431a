// Embed options: a fixed instrument and perspective, the coach's call to action, and hostile values refused
// with a visible message (and never rendered as markup or put into a link).
import { test, expect } from './fixtures.mjs';
import { StartScreen } from './pages/start.mjs';
import { QuestionScreen } from './pages/question.mjs';
import { finishCheckIn } from './pages/flows.mjs';

test('a configured call to action appears on the result, opening safely in a new tab', async ({ page }) => {
  await page.goto('/test/options.html');
  const good = page.locator('#good');
  const [start, question] = [new StartScreen(page, good), new QuestionScreen(page, good)];
  // Instrument and perspective are fixed by the embed: no other choice is offered, even with the choices open.
  await start.openChoices();
  await expect(good.getByRole('radio', { name: /Trust equation|Working alliance/ })).toHaveCount(0);
  await expect(good.getByRole('radio', { name: /I am the coach/ })).toHaveCount(0);
  await start.start();
  for (let number = 1; number <= 4; number += 1) await question.pickAndAdvance(/^7 of 10/, number, 4);
  const link = good.getByRole('link', { name: 'Book a free call with Ana' });
  await expect(link).toHaveAttribute('href', 'https://ana-coaching.example/book');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute('target', '_blank');
});

test('hostile option values are refused with a message for the site owner, and nothing runs', async ({ page }) => {
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    return dialog.dismiss();
  });
  await page.goto('/test/options.html');
  const hostile = page.locator('#hostile');
  const alert = hostile.getByRole('alert');
  await expect(alert).toContainText('settings need attention');
  await expect(alert).toContainText('is unknown: use trust, alliance, checkin or goals');
  await expect(alert).toContainText('cta-url "javascript:alert(document.cookie)" is not allowed');
  await expect(alert).toContainText('accent "red;}:host{display:none" is not a colour');
  await expect(alert).toContainText('coach must be plain text of at most 60 characters');
  await expect(alert).toContainText('share "maybe" is not a switch: use on or off');
  await expect(hostile.getByText(/Offered by/)).toHaveCount(0);
  // The defaults are used: the person can still choose (one tap away) and finish.
  await new StartScreen(page, hostile).openChoices();
  await expect(hostile.getByRole('radio', { name: /Trust equation/ })).toBeVisible();
  await expect(hostile.locator('img')).toHaveCount(0);
  await finishCheckIn(page, [5, 5, 5, 5], { scope: hostile });
  // No call to action at all: the one link is the widget's own, to our summary page for sharing.
  await expect(hostile.getByRole('link', { name: /Click/ })).toHaveCount(0);
  const hrefs = await hostile.getByRole('link').evaluateAll((links) => links.map((link) => link.href));
  expect(hrefs).toHaveLength(1);
  expect(hrefs[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/summary\.html#a=checkin\./);
  expect(warnings.filter((w) => w.startsWith('rapport:'))).toHaveLength(5);
  expect(dialogs).toBe(0);
});
