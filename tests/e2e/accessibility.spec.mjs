// axe-core finds no serious or critical violation on any screen, in light and in dark with reduced motion.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';
import { finishCheckIn, visitEveryScreen } from './pages/flows.mjs';

async function expectNoSeriousViolations(page, screen) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact))
    .map((violation) => `${screen}: ${violation.id} (${violation.impact}) ${violation.nodes.map((n) => n.target).join(' | ')}`);
  expect(serious).toEqual([]);
  // The scan really looked inside the widget: it checked the scale's radio buttons or the result's chart.
  expect(results.passes.length).toBeGreaterThan(5);
}

for (const scheme of ['light', 'dark']) {
  test(`every screen passes axe in ${scheme} mode`, async ({ page, browserName }) => {
    // Four axe scans over BiDi take about a minute in Firefox, more than its 120 s when the machine is busy.
    test.slow(browserName === 'firefox');
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: scheme === 'dark' ? 'reduce' : 'no-preference' });
    let visited = 0;
    await visitEveryScreen(page, async (screen) => {
      await expectNoSeriousViolations(page, screen);
      visited += 1;
    });
    expect(visited).toBe(4);
  });
}

// The 0 to 10 scale shows numbers and is named by aria-label: axe checks the names against what is shown, on a
// phone-width screen where the boxes wrap, and the check-in's result with its list of changes.
test('the check-in\'s 0 to 10 question and a second result pass axe at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = new Widget(page);
  await widget.startScreen.open();
  await finishCheckIn(widget.page, [8, 8, 9, 8], { scope: widget.scope });
  await page.getByRole('button', { name: 'Back to start' }).click();
  await widget.startScreen.choose('Session check-in', 'I am the client');
  await widget.startScreen.start();
  await widget.question.expectQuestion(1, 4);
  await page.getByRole('radio', { name: '5 of 10, partly', exact: true }).focus();
  await expectNoSeriousViolations(page, 'check-in question');
  for (const [index, value] of [8, 5, 9, 7].entries()) {
    await widget.question.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4);
  }
  await expect(page.getByRole('heading', { name: /^Since your last result/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'check-in result');
});

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
