// A workshop participant on a 360 px phone: one thumb, touch, no sideways scrolling.
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';

const noSidewaysScroll = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('a phone user taps through the trust equation to a readable result @phone', async ({ page }, testInfo) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('start-360.png'), fullPage: true });
  await page.getByRole('button', { name: 'Start', exact: true }).tap();
  await widget.question.expectQuestion(1, 20);
  // Tap targets are at least 44 by 44 CSS pixels.
  const box = await page.getByRole('radio', { name: 'Agree', exact: true }).locator('xpath=..').boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
  await page.screenshot({ path: testInfo.outputPath('question-360.png'), fullPage: true });
  for (let number = 1; number <= 20; number += 1) {
    await widget.question.pickAndAdvance(number % 2 ? 'Agree' : 'Strongly agree', number, 20, { tap: true });
  }
  await expect(widget.result.headline()).toHaveText(/^Trust index \d+ of 100$/);
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('result-360.png'), fullPage: true });
  await page.reload();
  await widget.startScreen.openLatestResult();
  await expect(widget.result.headline()).toHaveText(/^Trust index \d+ of 100$/);
});

// The 0 to 10 check-in: eleven boxes that show their number, named with their words ("10 of 10, completely",
// wider than a box on a phone), in balanced rows: never a last box alone, never a label spilling out of its box.
for (const width of [320, 360]) {
  test(`the check-in's 0 to 10 scale fits a ${width} px phone in balanced rows @phone`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 740 });
    const widget = new Widget(page);
    await widget.startScreen.open();
    await widget.startScreen.choose('Session check-in', 'I am the client');
    await widget.startScreen.start();
    await widget.question.expectQuestion(1, 4);
    for (const name of ['0 of 10, not at all', '5 of 10, partly', '10 of 10, completely', '7 of 10']) {
      await expect(page.getByRole('radio', { name, exact: true })).toHaveCount(1);
    }
    await expect(page.getByText('10 of 10, completely', { exact: true })).toBeVisible();
    const boxes = await page.locator('.rapport-scale--dense .rapport-option').evaluateAll((options) =>
      options.map((option) => {
        const box = option.getBoundingClientRect();
        const label = option.querySelector('.rapport-option__label').getBoundingClientRect();
        const inside = label.left >= box.left - 0.5 && label.right <= box.right + 0.5;
        return { text: option.textContent.trim(), top: Math.round(box.top), width: box.width, inside };
      }),
    );
    expect(boxes.map((box) => box.text)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(boxes.filter((box) => !box.inside)).toEqual([]);
    for (const box of boxes) expect(box.width).toBeGreaterThanOrEqual(44);
    const lastRow = boxes.filter((box) => box.top === boxes[boxes.length - 1].top);
    expect(lastRow.length).toBeGreaterThanOrEqual(3);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.screenshot({ path: testInfo.outputPath(`checkin-${width}.png`) });
    // Still answered by tapping a number.
    await page.getByRole('radio', { name: '8 of 10', exact: true }).tap();
    await widget.question.expectQuestion(2, 4);
  });
}
