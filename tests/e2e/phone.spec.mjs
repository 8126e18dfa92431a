// A workshop participant on a 360 px phone: one thumb, touch, no sideways scrolling.
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';

const noSidewaysScroll = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('a phone user taps through the trust equation to a readable result @phone', async ({ page }, testInfo) => {
  const widget = new Widget(page);
  await widget.open();
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('start-360.png'), fullPage: true });
  await page.getByRole('button', { name: 'Start', exact: true }).tap();
  await widget.expectQuestion(1, 20);
  // Tap targets are at least 44 by 44 CSS pixels.
  const box = await page.getByRole('radio', { name: 'Agree', exact: true }).locator('xpath=..').boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
  await page.screenshot({ path: testInfo.outputPath('question-360.png'), fullPage: true });
  for (let number = 1; number <= 20; number += 1) {
    await widget.pickAndAdvance(number % 2 ? 'Agree' : 'Strongly agree', number, 20, { tap: true });
  }
  await expect(widget.headline()).toHaveText(/^Trust index \d+ of 100$/);
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('result-360.png'), fullPage: true });
  await page.reload();
  await widget.openLatestResult();
  await expect(widget.headline()).toHaveText(/^Trust index \d+ of 100$/);
});
