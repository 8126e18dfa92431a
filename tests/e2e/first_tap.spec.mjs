// A prospective client's first tap: on a 360 by 740 phone the Start button is on screen without scrolling, in
// every language we ship, on our standalone page and in the embed (iframe page and script embed), with the other
// choices one tap away. Screenshots of the landing page at phone and desktop size go into test-results.
import { test, expect } from './fixtures.mjs';

const START = { en: 'Start', es: 'Empezar', de: 'Starten' };
const PAGES = {
  standalone: (lang) => `/?lang=${lang}`,
  'embed (iframe page)': (lang) => `/embed.html?lang=${lang}`,
};

/** The Start button's box lies wholly inside the first viewport (no scrolling has happened). */
async function expectStartInFirstViewport(page, start) {
  await expect(start).toBeVisible();
  const box = await start.boundingBox();
  const viewport = page.viewportSize();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `Start ends at y=${Math.round(box.y + box.height)}`).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

for (const [name, path] of Object.entries(PAGES)) {
  for (const lang of Object.keys(START)) {
    test(`${name} in ${lang}: the first tap is in view at 360 by 740 @phone`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path(lang));
      const start = page.getByRole('button', { name: START[lang], exact: true });
      await expectStartInFirstViewport(page, start);
      await page.screenshot({ path: testInfo.outputPath(`landing-${lang}-360.png`) });
    });
  }
}

test('a script embed on a German coach\'s page: the first tap is in view at 360 by 740 @phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/test/lang-de.html');
  await expectStartInFirstViewport(page, page.locator('#widget').getByRole('button', { name: 'Starten', exact: true }));
});

test('the other questionnaires and views are one tap away, as real radio buttons @phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  // Named, with Start right below: the preselected choice.
  await expect(page.locator('.rapport-choices > summary')).toContainText('Trust equation · About me');
  await page.getByText('Choose another questionnaire or view').tap();
  const trust = page.getByRole('radio', { name: /Trust equation/ });
  await expect(trust).toBeChecked();
  const alliance = page.getByRole('radio', { name: /Working alliance/ });
  await alliance.check();
  await expect(alliance).toBeChecked();
  await expect(page.getByRole('radio', { name: /I am the client/ })).toBeChecked();
  await expect(page.locator('.rapport-choices > summary')).toContainText('Working alliance · I am the client');
  await page.getByRole('button', { name: 'Start', exact: true }).tap();
  await expect(page.getByText('Question 1 of 12')).toBeVisible();
});

test('the landing page at 1280 by 800 has its Start in view too', async ({ page }, testInfo) => {
  await page.goto('/');
  await expectStartInFirstViewport(page, page.getByRole('button', { name: 'Start', exact: true }));
  await page.screenshot({ path: testInfo.outputPath('landing-en-1280.png') });
  await page.goto('/embed.html');
  await expectStartInFirstViewport(page, page.getByRole('button', { name: 'Start', exact: true }));
  await page.screenshot({ path: testInfo.outputPath('landing-embed-en-1280.png') });
});
