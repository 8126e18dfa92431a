// Languages: Spanish and German, chosen by the coach's option, the page or the browser; every text translated,
// numbers and dates written the language's way, share links language-neutral, and right-to-left layout.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';

const catalogue = (tag) =>
  JSON.parse(readFileSync(new URL(`../../crates/core/catalogues/${tag}.json`, import.meta.url), 'utf8'));

/**
 * Fails if any English text of the widget that the catalogue translates differently is on screen: a missing
 * translation would show its English. (Texts of 12 characters or more, so that short words shared by both
 * languages, like "Check-in", do not count.)
 */
async function expectNoEnglish(scope, tag) {
  const shown = await scope.evaluate((host) => host.shadowRoot.querySelector('.rapport').innerText);
  const english = Object.entries(catalogue(tag))
    .filter(([key, value]) => key.length >= 12 && !key.includes('{') && key !== value)
    .map(([key]) => key)
    .filter((key) => shown.includes(key));
  expect(english, `English left on a ${tag} screen`).toEqual([]);
}

test('a German page gets the German widget: every screen translated, numbers and dates written the German way', async ({
  page,
}) => {
  await page.goto('/test/lang-de.html');
  const host = page.locator('#widget');
  const widget = new Widget(page, host);
  await expect(host.getByRole('button', { name: 'Starten', exact: true })).toBeVisible();
  await expect(host.locator('.rapport')).toHaveAttribute('lang', 'de');
  await expectNoEnglish(host, 'de');
  await host.getByRole('button', { name: 'Starten', exact: true }).click();
  await expect(host.getByText('Frage 1 von 20')).toBeVisible();
  await expectNoEnglish(host, 'de');
  for (let number = 1; number <= 20; number += 1) {
    await host.getByRole('radio', { name: 'Stimme zu', exact: true }).click();
    if (number < 20) await expect(host.getByText(`Frage ${number + 1} von 20`)).toBeVisible();
  }
  await expect(widget.result.headline()).toHaveText('Vertrauensindex 57 von 100');
  await expect(host.getByTestId('score-credibility')).toHaveText('6,9 von 10');
  // The explanations, from the German readings file fetched at Start: the lead's first step and the questions.
  await expect(host.getByTestId('lead')).toContainText('Was du zuerst ausprobieren kannst: ');
  await expect(host.getByRole('heading', { name: 'Nimm das in ein erstes Gespräch mit' })).toBeVisible();
  await expect(host.getByTestId('explanations-status')).toBeHidden();
  await expect(host.getByText(/^Vertrauensgleichung · Über mich · \d{2}\.\d{2}\.\d{4}$/)).toBeVisible();
  // Names that are read, not shown, are German too.
  await expect(host.getByRole('complementary', { name: 'Über dieses Ergebnis' })).toBeVisible();
  await expectNoEnglish(host, 'de');
});

test('a German page with storage blocked says so in German, and its erase confirmation is German too', async ({
  page,
}) => {
  // As a browser that blocks site data throws on every touch of localStorage.
  await page.addInitScript(() =>
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    }),
  );
  await page.goto('/test/lang-de.html');
  const host = page.locator('#widget');
  await expect(host.getByRole('button', { name: 'Starten', exact: true })).toBeVisible();
  await expect(host.getByText(/^Dieser Browser lässt die Seite nichts speichern/)).toBeVisible();
  await host.getByText('Deine Daten auf diesem Gerät').click();
  await host.getByRole('button', { name: 'Alles löschen', exact: true }).click();
  await expect(host.getByText(/Das lässt sich nicht rückgängig machen\.$/)).toBeVisible();
  await expectNoEnglish(host, 'de');
});

test("the coach's lang option wins over the page's language, and Spanish completes", async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/test/lang-option.html');
  const host = page.locator('#widget');
  await expect(host.getByRole('button', { name: 'Empezar', exact: true })).toBeVisible();
  // Only the chosen catalogue is fetched: the German page's language is not.
  expect(fetched.filter((path) => path.includes('/v1/lang/'))).toEqual([
    expect.stringMatching(/^\/v1\/lang\/es\.[0-9a-f]{10}\.json$/),
  ]);
  await expectNoEnglish(host, 'es');
  await host.getByRole('button', { name: 'Empezar', exact: true }).click();
  for (let number = 1; number <= 4; number += 1) {
    await host.getByRole('radio', { name: /^7 de 10/ }).click();
    if (number < 4) await expect(host.getByText(`Pregunta ${number + 1} de 4`)).toBeVisible();
  }
  await expect(new Widget(page, host).result.headline()).toHaveText('Valoración 28 de 40');
  await expectNoEnglish(host, 'es');
});

test('an English page fetches no catalogue at all', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/test/plain.html');
  await expect(page.locator('#widget').getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  expect(fetched.filter((path) => path.includes('/lang/'))).toEqual([]);
});

// The embed fetches its own catalogue (only the texts its wasm shows); our pages fetch the full one.
for (const [where, path, build, catalogue, start] of [
  ["a German coach's page", '/test/lang-de.html', 'widget', 'de', 'Starten'],
  ['our own page, opened from a start link in Spanish', '/?lang=es', 'standalone', 'es-full', 'Empezar'],
]) {
  test(`on ${where} the catalogue downloads alongside the wasm, not after it`, async ({ page }) => {
    // The wasm is held until the catalogue is asked for: a loader that waits for the wasm to choose the language
    // does not ask while it is held, and the hold ends after 5 s with the order below wrong.
    const order = [];
    let catalogueAsked;
    const asked = new Promise((resolve) => (catalogueAsked = resolve));
    page.on('request', (request) => {
      if (new RegExp(`/v1/lang/${catalogue}\\.[0-9a-f]{10}\\.json$`).test(request.url())) {
        order.push('catalogue asked');
        catalogueAsked();
      }
    });
    await page.route(new RegExp(`/v1/pkg/${build}_bg\\.[0-9a-f]{10}\\.wasm$`), async (route) => {
      await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 5000))]);
      order.push('wasm answered');
      await route.continue();
    });
    await page.goto(path);
    await expect(page.getByRole('button', { name: start, exact: true })).toBeVisible();
    // Asked once: the loader's guess was the wasm's choice, so nothing was fetched twice.
    expect(order).toEqual(['catalogue asked', 'wasm answered']);
  });
}

test('a share link made in Spanish opens in German, with the same numbers in German words', async ({ browser }) => {
  const spanish = await browser.newContext({ locale: 'es-ES' });
  const page = await spanish.newPage();
  await page.goto('/');
  await new Widget(page).startScreen.openChoices();
  await page.getByRole('radio', { name: /Valoración de la sesión/ }).check();
  await page.getByRole('button', { name: 'Empezar', exact: true }).click();
  for (const [index, value] of [6, 7, 8, 7].entries()) {
    await page.getByRole('radio', { name: new RegExp(`^${value} de 10`) }).click();
    if (index < 3) await expect(page.getByText(`Pregunta ${index + 2} de 4`)).toBeVisible();
  }
  await expect(page.getByTestId('headline')).toHaveText('Valoración 28 de 40');
  const link = await page.getByTestId('share-link').inputValue();
  await spanish.close();

  const german = await browser.newContext({ locale: 'de-DE' });
  const other = await german.newPage();
  await other.goto(link);
  await expect(other.getByTestId('headline')).toHaveText('Check-in 28 von 40');
  await expect(other.getByText(/^Mit dir geteilt · Sitzungs-Check-in/)).toBeVisible();
  expect(await other.evaluate(() => document.documentElement.lang)).toBe('de');
  await german.close();
});

test('a start QR link carries its language to the phones that scan it', async ({ page }) => {
  await page.goto('/?instrument=alliance&perspective=client&lang=de');
  await expect(page.getByRole('button', { name: 'Starten', exact: true })).toBeVisible();
  await new Widget(page).startScreen.openChoices();
  await expect(page.getByRole('radio', { name: /Arbeitsbündnis/ })).toBeChecked();
});

// Where a paragraph's final full stop is drawn against the letter before it: 'after' when it follows the sentence
// (left to right), 'before' when it is drawn at the start of the line (English laid out right to left).
const fullStop = (paragraph) =>
  paragraph.evaluate((element) => {
    const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).pop();
    const end = text.textContent.trimEnd().length;
    const box = (from) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, from + 1);
      return range.getBoundingClientRect();
    };
    if (text.textContent[end - 1] !== '.') return `no full stop: ${text.textContent}`;
    return box(end - 1).left >= box(end - 2).right - 1 ? 'after' : 'before';
  });

test('on a right-to-left page the English widget reads left to right, and its layout works right to left @phone', async ({ page }, testInfo) => {
  await page.goto('/test/rtl.html');
  const host = page.locator('#widget');
  await expect(host.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  const direction = () => host.evaluate((h) => getComputedStyle(h.shadowRoot.querySelector('.rapport')).direction);
  // The page is Arabic, right to left; the widget speaks English and reads in English's direction, so each
  // sentence ends where it should (inherited, the full stop was drawn at the start of the line).
  expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
  expect(await direction()).toBe('ltr');
  expect(await fullStop(host.locator('.rapport-lead'))).toBe('after');
  await host.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(host.getByText('Question 1 of 4')).toBeVisible();
  const point = (name) => host.getByRole('radio', { name }).boundingBox();
  expect((await point(/^0 of 10/)).x).toBeLessThan((await point(/^1 of 10$/)).x);
  await page.screenshot({ path: testInfo.outputPath('rtl-page-ltr-widget.png'), fullPage: true });

  // A right-to-left catalogue would set the widget's dir to rtl (i18n::direction); none ships yet, so the test
  // sets it, and the layout must follow without breaking.
  await host.evaluate((h) => h.shadowRoot.querySelector('.rapport').setAttribute('dir', 'rtl'));
  expect(await direction()).toBe('rtl');
  // Nothing scrolls sideways, and the scale runs from the right, where a right-to-left line starts: the first
  // point of the scale is to the right of the second.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect((await point(/^0 of 10/)).x).toBeGreaterThan((await point(/^1 of 10$/)).x);
  await page.screenshot({ path: testInfo.outputPath('rtl-question.png'), fullPage: true });

  // The result: each bar grows from the right, where a right-to-left line starts, and a score keeps its number
  // first ("6 of 10"), where an unisolated number would be moved to the end ("of 10 6").
  const widget = new Widget(page, host);
  for (const [index, value] of [6, 7, 8, 7].entries()) {
    await widget.question.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4);
  }
  await expect(widget.result.headline()).toHaveText('Check-in 28 of 40');
  const bar = await host.locator('.rapport-chart__bar').first().boundingBox();
  const track = await host.locator('.rapport-chart__track').first().boundingBox();
  expect(bar.width).toBeLessThan(track.width);
  expect(Math.abs(bar.x + bar.width - (track.x + track.width))).toBeLessThan(1);
  const runs = await host.locator('[data-testid^="score-"]').first().evaluate((cell) => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      found.push({ text: node.textContent, left: range.getBoundingClientRect().left });
    }
    return found;
  });
  expect(runs.map((run) => run.text)).toEqual(['6', 'of 10']);
  expect(runs[0].left).toBeLessThan(runs[1].left);
  await page.screenshot({ path: testInfo.outputPath('rtl-result.png'), fullPage: true });
});
