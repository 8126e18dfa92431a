// Browsers without constructable stylesheets (Safari before 16.4) still get a styled widget under the documented
// strict policy, with no violation: the widget links its own stylesheet instead of adding a <style> element.
import { test, expect } from './fixtures.mjs';

/** The computed styles that tell a styled widget from the browser's defaults (Times, grey buttons). */
async function looks(page) {
  const host = page.locator('#widget');
  await expect(host.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  // The linked sheet loads after the widget appears: wait until its rules apply (the font is ours only then).
  await expect
    .poll(() => host.evaluate((element) => getComputedStyle(element.shadowRoot.querySelector('.rapport')).fontFamily))
    .toMatch(/system-ui/);
  return host.evaluate((element) => {
    const root = element.shadowRoot;
    const start = [...root.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Start');
    const style = getComputedStyle(start);
    return {
      font: getComputedStyle(root.querySelector('.rapport')).fontFamily,
      background: style.backgroundColor,
      color: style.color,
      radius: style.borderTopLeftRadius,
      constructed: root.adoptedStyleSheets.length,
    };
  });
}

test('without constructable stylesheets the widget is styled as usual, with no CSP violation', async ({
  page,
}) => {
  await page.goto('/test/checked.html');
  const usual = await looks(page);
  expect(usual.constructed).toBe(1);

  await page.goto('/test/fallback.html');
  // The page really is such a browser.
  expect(await page.evaluate(() => { try { new CSSStyleSheet(); return 'constructed'; } catch { return 'throws'; } })).toBe(
    'throws',
  );
  const fallback = await looks(page);
  expect(fallback).toEqual({ ...usual, constructed: 0 });
  // The theme's button, not the browser's grey.
  expect(fallback.background).not.toBe('rgb(239, 239, 239)');
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(await page.evaluate(() => window.pageProblems)).toEqual([]);
});
