// The harness's own test: a region named through aria-labelledby is found by its name from both of Playwright's
// worlds, one after the other, in every engine. In Firefox ESR 153 reading an element's `ariaLabelledByElements`
// from a sandbox (Playwright's utility world over BiDi, or a WebExtension's content script) and from the page's own
// world crashed the page's process (docs/browsers.md); Playwright's name lookup read it in both, so a role locator
// with a name followed by `evaluateAll`, `allTextContents` or `evaluate` lost the page. scripts/patch-playwright-bidi.mjs
// makes the lookup read the attribute the page set; this fails in Firefox without that patch.
import { test, expect } from './fixtures.mjs';

test('a region named by aria-labelledby is found by name from the utility world and the main world in turn', async ({
  page,
}) => {
  await page.goto('/test/labelled.html');
  const share = page.getByRole('region', { name: 'Share this result' });
  // expect() and count() resolve the locator in Playwright's utility world (a sandbox in Firefox over BiDi) ...
  await expect(share).toBeVisible();
  // ... evaluateAll and allTextContents in the page's own world.
  expect(await share.locator('button, a').evaluateAll((elements) => elements.map((element) => element.textContent))).toEqual([
    'Copy link',
    'Email to my coach',
  ]);
  expect(await share.getByRole('link').allTextContents()).toEqual(['Email to my coach']);
  // And back: the page is still there, and found by the same name.
  await expect(share).toHaveCount(1);
  await expect(share.getByRole('button', { name: 'Copy link' })).toBeVisible();
  expect(await page.evaluate(() => document.title)).toBe('A region named by aria-labelledby');
});
