// Layout at the edges: 320 px wide, 200% zoom, landscape phone; and a screenshot of every screen at 360 and 1280.
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';
import { visitEveryScreen } from './pages/flows.mjs';

const sidewaysOverflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [360, 1280]) {
  test(`every screen at ${width} px, kept as screenshots`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 800 });
    await visitEveryScreen(page, async (screen) => {
      expect(await sidewaysOverflow(page), `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
      const path = testInfo.outputPath(`${screen}-${width}.png`);
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`${screen}-${width}`, { path, contentType: 'image/png' });
    });
  });
}

test('nothing scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await visitEveryScreen(page, async (screen) => {
    expect(await sidewaysOverflow(page), `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
  });
});

test('at 200% zoom the question and its whole scale stay readable without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const widget = new Widget(page);
  await widget.startScreen.open();
  await page.evaluate(() => {
    document.documentElement.style.zoom = '2';
  });
  await widget.startScreen.start();
  await widget.question.expectQuestion(1, 20);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  // Vertical scrolling is fine at 200% (WCAG 1.4.4); each answer must be reachable and then fully shown.
  for (const label of ['Strongly disagree', 'Neither agree nor disagree', 'Strongly agree']) {
    const option = page.getByRole('radio', { name: label }).locator('xpath=..');
    await option.scrollIntoViewIfNeeded();
    await expect(option).toBeInViewport({ ratio: 1 });
  }
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});

test('a phone held sideways still shows the statement and the answers', async ({ page }) => {
  await page.setViewportSize({ width: 740, height: 360 });
  const widget = new Widget(page);
  await widget.startScreen.open();
  await widget.startScreen.start();
  await expect(page.getByRole('heading', { level: 2 })).toBeInViewport();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await widget.question.pickAndAdvance('Agree', 1, 20);
});
