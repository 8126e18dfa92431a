// Spanish and German in WebKit (tests/e2e/languages.spec.mjs): chosen by the page, the coach's option or a start
// link; every text translated; numbers and dates the language's way; share links language-neutral; an English
// widget on a right-to-left page. What was fetched is read from the page's resource timing (no request events).
import { readFileSync } from 'node:fs';
import { assert, check, freshWidget } from './harness.mjs';

const catalogue = (tag) =>
  JSON.parse(readFileSync(new URL(`../../crates/core/catalogues/${tag}.json`, import.meta.url), 'utf8'));

/** Fails if any English text the catalogue translates differently (12 characters or more) is on screen. */
async function expectNoEnglish(widget, tag) {
  const shown = await widget.shownText();
  const english = Object.entries(catalogue(tag))
    .filter(([key, value]) => key.length >= 12 && !key.includes('{') && key !== value)
    .map(([key]) => key)
    .filter((key) => shown.includes(key));
  assert.deepEqual(english, [], `English left on a ${tag} screen`);
}

/** The paths of every file the page fetched so far. */
const fetched = (widget) =>
  widget.session.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));

const GERMAN = ['Frage', 'von'];
const SPANISH = ['Pregunta', 'de'];

check('a German page gets the German widget: every screen translated, numbers and dates written the German way', async () => {
  const widget = await freshWidget('#widget');
  await widget.open('/test/lang-de.html', 'Starten');
  assert.equal(await widget.onElement('.rapport', (element) => element.getAttribute('lang')), 'de');
  await expectNoEnglish(widget, 'de');
  await widget.start('Starten');
  await widget.expectQuestion(1, 20, GERMAN);
  await expectNoEnglish(widget, 'de');
  for (let number = 1; number <= 20; number += 1) await widget.pickAndAdvance('Stimme zu', number, 20, { words: GERMAN });
  assert.equal(await widget.expectHeadline(/^Vertrauensindex/), 'Vertrauensindex 57 von 100');
  assert.equal(await widget.testId('score-credibility'), '6,9 von 10');
  await widget.expectText(/Vertrauensgleichung · Über mich · \d{2}\.\d{2}\.\d{4}/);
  // Names that are read, not shown, are German too.
  assert.equal(await widget.count('region', 'Über dieses Ergebnis'), 1);
  await expectNoEnglish(widget, 'de');
});

check('a German page with storage blocked says so in German, and its erase confirmation is German too', async () => {
  const widget = await freshWidget('#widget');
  await widget.open('/test/storage-off-de.html', 'Starten');
  await widget.expectText(/Dieser Browser lässt die Seite nichts speichern/);
  await widget.clickOn('button', 'Deine Daten auf diesem Gerät');
  await widget.clickOn('button', 'Alles löschen');
  await widget.expectText(/Das lässt sich nicht rückgängig machen\./);
  await expectNoEnglish(widget, 'de');
});

check("the coach's lang option wins over the page's language, and Spanish completes", async () => {
  const widget = await freshWidget('#widget');
  await widget.open('/test/lang-option.html', 'Empezar');
  // Only the chosen catalogue is fetched: the German page's language is not.
  const catalogues = (await fetched(widget)).filter((path) => path.includes('/v1/lang/'));
  assert.equal(catalogues.length, 1, catalogues.join(', '));
  assert.match(catalogues[0], /^\/v1\/lang\/es\.[0-9a-f]{10}\.json$/);
  await expectNoEnglish(widget, 'es');
  await widget.start('Empezar');
  for (let number = 1; number <= 4; number += 1) await widget.pickAndAdvance(/^7 de 10/, number, 4, { words: SPANISH });
  assert.equal(await widget.expectHeadline(/^Valoración/), 'Valoración 28 de 40');
  await expectNoEnglish(widget, 'es');
});

check('an English page fetches no catalogue at all', async () => {
  const widget = await freshWidget('#widget');
  await widget.open('/test/plain.html');
  const paths = await fetched(widget);
  assert.ok(paths.some((path) => path.endsWith('.wasm')), 'the positive control: the wasm is listed');
  assert.deepEqual(paths.filter((path) => path.includes('/lang/')), []);
});

check('a share link made in Spanish opens in German, with the same numbers in German words', async () => {
  // WebDriver cannot set WebKit's locale per session: the start link's lang chooses Spanish, and the summary
  // page's lang German, where the Playwright spec uses two browser locales.
  const spanish = await freshWidget();
  await spanish.open('/?lang=es', 'Empezar');
  await spanish.choose('Valoración de la sesión');
  await spanish.start('Empezar');
  for (const [index, value] of [6, 7, 8, 7].entries()) await spanish.pickAndAdvance(new RegExp(`^${value} de 10`), index + 1, 4, { words: SPANISH });
  assert.equal(await spanish.expectHeadline(/^Valoración/), 'Valoración 28 de 40');
  const link = new URL(await spanish.inputValue('share-link'));
  assert.equal(link.search, '', 'the link itself carries no language');

  const german = await freshWidget();
  await german.session.goto(german.url(`/summary.html?lang=de${link.hash}`));
  assert.equal(await german.expectHeadline(/^Check-in/), 'Check-in 28 von 40');
  await german.expectText(/Mit dir geteilt · Sitzungs-Check-in/);
  assert.equal(await german.session.evaluate(() => document.documentElement.lang), 'de');
});

check('a start QR link carries its language to the phones that scan it', async () => {
  const widget = await freshWidget();
  await widget.open('/?instrument=alliance&perspective=client&lang=de', 'Starten');
  await widget.openChoices();
  assert.equal(await widget.isChecked(/Arbeitsbündnis/), true);
});

check('on a right-to-left page the English widget reads left to right, and its layout works right to left', async () => {
  const widget = await freshWidget('#widget');
  await widget.open('/test/rtl.html');
  const direction = () => widget.onElement('.rapport', (element) => getComputedStyle(element).direction);
  assert.equal(await widget.session.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
  assert.equal(await direction(), 'ltr');
  // The lead paragraph's final full stop is drawn after the sentence, not at the start of the line.
  const fullStop = await widget.onElement('.rapport-lead', (element) => {
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
  assert.equal(fullStop, 'after');
  await widget.start();
  await widget.expectQuestion(1, 4);
  const x = async (name) => widget.session.evaluate((radio) => radio.closest('label').getBoundingClientRect().x, await widget.find('radio', name));
  assert.ok((await x(/^0 of 10/)) < (await x(/^1 of 10$/)));

  // A right-to-left catalogue would set the widget's dir to rtl; none ships yet, so the test sets it.
  await widget.onElement('.rapport', (element) => element.setAttribute('dir', 'rtl'));
  assert.equal(await direction(), 'rtl');
  assert.equal(await widget.session.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
  assert.ok((await x(/^0 of 10/)) > (await x(/^1 of 10$/)));

  for (const [index, value] of [6, 7, 8, 7].entries()) await widget.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4);
  assert.equal(await widget.expectHeadline(/^Check-in/), 'Check-in 28 of 40');
  // Each bar grows from the right, and a score keeps its number first ("6 of 10").
  const [bar, track] = await widget.onElement('.rapport-chart__bar', (element) => [
    element.getBoundingClientRect().toJSON(),
    element.closest('.rapport-chart__track').getBoundingClientRect().toJSON(),
  ]);
  assert.ok(bar.width < track.width);
  assert.ok(Math.abs(bar.x + bar.width - (track.x + track.width)) < 1);
  const runs = await widget.onElement('[data-testid^="score-"]', (cell) => {
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
  assert.deepEqual(runs.map((run) => run.text), ['6', 'of 10']);
  assert.ok(runs[0].left < runs[1].left);
});
