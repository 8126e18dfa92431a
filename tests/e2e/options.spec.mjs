// Embed options: a fixed instrument and perspective, the coach's call to action, and hostile values refused
// with a visible message (and never rendered as markup or put into a link).
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';

test('a configured call to action appears on the result, opening safely in a new tab', async ({ page }) => {
  await page.goto('/test/options.html');
  const good = new Widget(page, page.locator('#good'));
  // Instrument and perspective are fixed by the embed: no other choice is offered, even with the choices open.
  await good.openChoices();
  await expect(good.scope.getByRole('radio', { name: /Trust equation|Working alliance/ })).toHaveCount(0);
  await expect(good.scope.getByRole('radio', { name: /I am the coach/ })).toHaveCount(0);
  await good.start();
  for (let number = 1; number <= 4; number += 1) await good.pickAndAdvance(/^7 of 10/, number, 4);
  const link = good.scope.getByRole('link', { name: 'Book a free call with Ana' });
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
  await expect(alert).toContainText('is unknown: use trust, alliance or checkin');
  await expect(alert).toContainText('cta-url "javascript:alert(document.cookie)" is not allowed');
  await expect(alert).toContainText('accent "red;}:host{display:none" is not a colour');
  await expect(alert).toContainText('coach must be plain text of at most 60 characters');
  await expect(alert).toContainText('share "maybe" is not a switch: use on or off');
  await expect(hostile.getByText(/Offered by/)).toHaveCount(0);
  // The defaults are used: the person can still choose (one tap away) and finish.
  const widget = new Widget(page, hostile);
  await widget.openChoices();
  await expect(hostile.getByRole('radio', { name: /Trust equation/ })).toBeVisible();
  await expect(hostile.locator('img')).toHaveCount(0);
  await widget.finishCheckIn([5, 5, 5, 5]);
  // No call to action at all: the one link is the widget's own, to our summary page for sharing.
  await expect(hostile.getByRole('link', { name: /Click/ })).toHaveCount(0);
  const hrefs = await hostile.getByRole('link').evaluateAll((links) => links.map((link) => link.href));
  expect(hrefs).toHaveLength(1);
  expect(hrefs[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/summary\.html#a=checkin\./);
  expect(warnings.filter((w) => w.startsWith('rapport:'))).toHaveLength(5);
  expect(dialogs).toBe(0);
});
