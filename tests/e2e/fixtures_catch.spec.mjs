// The shared fixture's own test: on a strict page, a violation from the page's code is caught in every engine, and a
// screenshot (which in Firefox used to add Playwright's own inline style, see scripts/patch-playwright-bidi.mjs) adds
// none. Nothing in the fixture filters violations; this keeps it that way.
import { test, expect } from './fixtures.mjs';

test('an inline style added by page code on a strict page is caught, and a screenshot adds no violation', async ({
  page,
  pageProblems,
}) => {
  await page.goto('/test/strict.html');
  await expect(page.locator('#trust').getByRole('button').first()).toBeVisible();
  await page.screenshot();
  await page.locator('#trust').getByRole('button').first().screenshot();

  // The page loads a same-origin script (allowed) that adds an inline <style> (not allowed), as a widget bug would.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.src = '/test/add-inline-style.js';
    document.head.append(script);
  });
  await expect.poll(() => pageProblems.join('\n')).toContain('style-src');
  await page.waitForTimeout(500); // any later report of the same violation, and any from the screenshots before it
  // Every problem is the page script's style: the screenshots reported nothing.
  expect(pageProblems.length).toBeGreaterThan(0);
  // Chromium's report names the script; Firefox's own message names the hash of the style's text.
  const PAGE_STYLE = ['add-inline-style.js', 'sha256-tTSm1OckW5h6W6ygQhQ4J51f9En6kC/x9O18pXFX6KM='];
  for (const problem of pageProblems) expect(PAGE_STYLE.some((mark) => problem.includes(mark)), problem).toBe(true);
  await expect(page.locator('h1')).not.toHaveCSS('color', 'rgb(255, 0, 0)');
  pageProblems.length = 0; // caught, as it must be; emptied so the fixture's own check after the test passes
});
