// Loader of our own standalone pages (index.html, summary.html, embed.html): the full build, the widget plus
// sharing, shared links, the QR code, printing, the comparison and the group view. Coaches' pages load
// rapport.js instead, the embed's smaller build.
// The build replaces the two file names with the content-hashed ones, and writes the release's version below.
// Mounted widgets get a `rapport:ready` event with `{ version }`, as from rapport.js.
const VERSION = 'RAPPORT_VERSION';
const FAILED = 'This assessment could not load here. Please try again later.';
// By the wasm's language index (0 is English, compiled in).
// The full catalogues: our pages show sharing, comparison and the group view, which the embed's leave out.
const CATALOGUES = [null, './lang/es-full.json', './lang/de-full.json'];
// The readings files (a result's explanations and questions), by the same index, English too: fetched when the
// wasm asks (a questionnaire starts, a result shows).
const READINGS = ['./lang/readings-en.json', './lang/readings-es.json', './lang/readings-de.json'];
// From an npm CDN by a version range, the files are asked for by the exact version (as in rapport.js).
const here = import.meta.url.replace(/(\/[^/@]+@)[^/@]+(\/v1\/[^/]+)$/, `$1${VERSION}$2`);

// A catalogue's text, or '' for English (compiled in) and for a catalogue that cannot be fetched.
const catalogue = (language) =>
  CATALOGUES[language]
    ? fetch(new URL(CATALOGUES[language], here))
        .then((response) => (response.ok ? response.text() : ''))
        .catch(() => '')
    : Promise.resolve('');

// Our pages are the widget: the language comes from a start QR code's query (`?lang=es`) or the browser, never
// from our own <html lang="en">. The wasm decides (the core's `i18n::choose_language`); as in rapport.js, the
// loader guesses by the same rule so the catalogue downloads alongside the wasm, and uses the wasm's answer.
const fromUrl = document.querySelector('[data-rapport][data-options-from-url]') ? location.search : '';
const candidates = [new URLSearchParams(fromUrl.slice(0, 2000)).get('lang') ?? '', '', navigator.language ?? ''];
const TAGS = ['en', 'es', 'de']; // the core's i18n::LANGUAGES, in its order
const guess = (candidates) => {
  for (const candidate of candidates) {
    const index = TAGS.indexOf(candidate.split(/[-_]/)[0].toLowerCase());
    if (index >= 0) return index;
  }
  return 0;
};
const guessed = guess(candidates);
const early = catalogue(guessed);

// Glue, wasm and catalogue download together (a dynamic import, not a static one that would have to finish
// first): on a workshop's slow Wi-Fi each one after another would cost a round trip. The glue's init takes the
// pending response.
const wasm = fetch(new URL('./pkg/standalone_bg.wasm', here));
// A failed download is reported once, through init; this only keeps it from also being an unhandled rejection.
wasm.catch(() => {});

import(new URL('./pkg/standalone.js', here).href)
  .then(({ default: init, mount, wanted_language: wantedLanguage, readings }) =>
    init({ module_or_path: wasm }).then(() => {
      const language = wantedLanguage(...candidates);
      // The readings file's text, or '' when it cannot be fetched (a result then offers to try again).
      const fetchReadings = () =>
        fetch(new URL(READINGS[language] ?? READINGS[0], here))
          .then((response) => (response.ok ? response.text() : ''))
          .catch(() => '')
          .then(readings);
      return (language === guessed ? early : catalogue(language)).then((text) =>
        mount(new URL('../', here).href, language, text, fetchReadings),
      );
    }),
  )
  .then(() => {
    for (const host of document.querySelectorAll('[data-rapport][data-rapport-mounted]')) {
      host.dispatchEvent(new CustomEvent('rapport:ready', { bubbles: true, composed: true, detail: { version: VERSION } }));
    }
  })
  .catch((error) => {
    console.warn('rapport: could not start', error);
    for (const host of document.querySelectorAll('[data-rapport]:not([data-rapport-mounted])')) {
      host.textContent = FAILED;
    }
  });
