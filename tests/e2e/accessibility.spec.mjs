// axe-core finds no serious or critical violation on any screen, in light and in dark with reduced motion.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { visitEveryScreen } from './pages/widget.mjs';

async function expectNoSeriousViolations(page, screen) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact))
    .map((violation) => `${screen}: ${violation.id} (${violation.impact}) ${violation.nodes.map((n) => n.target).join(' | ')}`);
  expect(serious).toEqual([]);
  // The scan really looked inside the widget: it checked the scale's radio buttons or the result's table.
  expect(results.passes.length).toBeGreaterThan(5);
}

for (const scheme of ['light', 'dark']) {
  test(`every screen passes axe in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: scheme === 'dark' ? 'reduce' : 'no-preference' });
    let visited = 0;
    await visitEveryScreen(page, async (screen) => {
      await expectNoSeriousViolations(page, screen);
      visited += 1;
    });
    expect(visited).toBe(4);
  });
}

test('dark mode really is dark, and reduced motion turns off the progress animation', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const fill = page.locator('.rapport-progress__fill');
  const [background, transition] = await fill.evaluate((element) => {
    const root = element.closest('.rapport');
    return [getComputedStyle(root).backgroundColor, getComputedStyle(element).transitionDuration];
  });
  expect(background).toBe('rgb(18, 24, 22)');
  expect(transition).toBe('0s');
});
