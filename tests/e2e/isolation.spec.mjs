// A coach's page may restyle everything with !important: the widget looks exactly the same, and its own
// styles never reach the page.
import { test, expect } from './fixtures.mjs';

async function widgetShot(page, path) {
  await page.goto(path);
  const widget = page.locator('#widget');
  await expect(widget.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  return widget.screenshot({ animations: 'disabled' });
}

test('a hostile page restyling *, div, button and input with !important changes nothing in the widget', async ({ page }) => {
  const plain = await widgetShot(page, '/test/plain.html');
  const hostile = await widgetShot(page, '/test/hostile.html');
  // The hostile rules really apply on that page (the check can fail): the page's own paragraph is restyled.
  const outside = await page.locator('#outside').evaluate((p) => getComputedStyle(p).borderTopStyle);
  expect(outside).toBe('dashed');
  expect(hostile.equals(plain), 'the widget renders pixel for pixel the same').toBe(true);
});

test("the widget's styles do not leak out onto the host page", async ({ page }) => {
  await page.goto('/test/plain.html');
  await expect(page.locator('#widget').getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  // The page has an element with our heading's class name; our 1.5em heading size must not reach it.
  const [outside, body] = await page.evaluate(() => [
    getComputedStyle(document.querySelector('#outside')).fontSize,
    getComputedStyle(document.body).fontSize,
  ]);
  expect(outside).toBe(body);
});
