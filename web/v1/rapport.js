// rapport's loader: the one stable URL a coach's page includes (served no-cache; the files it loads are
// content-hashed, so a release never mixes old and new). It holds each [data-rapport] element's space with a
// skeleton, fetches the WebAssembly only when a widget comes near the viewport, and mounts every widget on the
// page. If loading fails (no WebAssembly, blocked by a Content-Security-Policy, network gone), each element says
// so and links to the assessment's own page instead of staying empty.
//
// No inline styles or scripts: the skeleton's height is set through the CSSOM, which a strict CSP allows.
//
// When the widgets are mounted, each host element gets a `rapport:ready` event whose detail is `{ version }`.

// The release's version (Cargo.toml's package version): scripts/build.sh writes it here and into a first-line
// comment, so the loader a page received says which release it is.
const VERSION = 'RAPPORT_VERSION';

// The build replaces these names with the content-hashed ones. Two builds of the embed: the widget, and the widget
// with the goals and progress screen, which costs every visitor about 20 KB more: it is loaded only for a page whose
// widget starts there (`data-instrument="goals"`), and then for all of that page's widgets.
// Languages other than English (compiled in) are fetched only when the page's widgets speak one, by the wasm's
// language index (0 is English), each holding only the texts its build can show.
const BUILDS = {
  widget: { glue: './pkg/widget.js', wasm: './pkg/widget_bg.wasm', catalogues: [null, './lang/es.json', './lang/de.json'] },
  goals: {
    glue: './pkg/goals.js',
    wasm: './pkg/goals_bg.wasm',
    catalogues: [null, './lang/es-goals.json', './lang/de-goals.json'],
  },
};
const { glue: GLUE, wasm: WASM, catalogues: CATALOGUES } =
  BUILDS[document.querySelector('[data-rapport][data-instrument="goals"]') ? 'goals' : 'widget'];
// What a result's parts mean, their next steps and the questions to bring along, by the same index, English too:
// not in the wasm, fetched when the wasm asks (a questionnaire starts, a result shows), never on a first load. The
// same files for both builds.
const READINGS = ['./lang/readings-en.json', './lang/readings-es.json', './lang/readings-de.json'];
const SKELETON_HEIGHT = '24em';
// Start this far before a widget scrolls into view, so it is ready when the person gets there.
const NEAR = '600px 0px';
const FAILED = 'This assessment could not load here.';
const FAILED_LINK = 'Open it on its own page';

// On an npm CDN the loader may be asked for by a version range (`rapport-widget@0/v1/rapport.js`, docs/hosting.md):
// the files it loads are then asked for by its exact version, so a CDN that resolves the range again later can
// never pair this loader with another release's files. Self-hosted paths have no `name@range` segment.
const here = import.meta.url.replace(/(\/[^/@]+@)[^/@]+(\/v1\/[^/]+)$/, `$1${VERSION}$2`);
const waiting = () => Array.from(document.querySelectorAll('[data-rapport]:not([data-rapport-mounted])'));

// A stable box while the wasm loads: no layout shift when the widget appears.
for (const host of waiting()) {
  if (!host.hasChildNodes() && !host.style.minHeight) host.style.minHeight = SKELETON_HEIGHT;
  host.setAttribute('aria-busy', 'true');
}

const settle = (host) => {
  host.style.removeProperty('min-height');
  host.removeAttribute('aria-busy');
};

const fail = (error) => {
  console.warn('rapport: could not start', error);
  for (const host of waiting()) {
    const message = document.createElement('p');
    // English on any page, read left to right even on a right-to-left one.
    message.lang = 'en';
    message.dir = 'ltr';
    message.textContent = `${FAILED} `;
    const link = document.createElement('a');
    link.href = new URL('../index.html', here).href;
    link.textContent = FAILED_LINK;
    message.append(link);
    host.replaceChildren(message);
    settle(host);
  }
};

// A catalogue's text, or '' for English (compiled in) and for a catalogue that cannot be fetched: the widget then
// stays in English rather than failing.
const catalogue = (language) =>
  CATALOGUES[language]
    ? fetch(new URL(CATALOGUES[language], here))
        .then((response) => (response.ok ? response.text() : ''))
        .catch(() => '')
    : Promise.resolve('');

// The readings file's text handed to the wasm's `readings`, '' when it cannot be fetched (offline, flaky Wi-Fi):
// a result then shows its scores, says its explanations are missing and offers to try again, which calls this again.
const fetchReadings = (language, readings) =>
  fetch(new URL(READINGS[language] ?? READINGS[0], here))
    .then((response) => (response.ok ? response.text() : ''))
    .catch(() => '')
    .then(readings);

// The wasm's core decides the language (`i18n::choose_language`: the first of the widget's lang option, the
// page's <html lang> and the browser's language whose primary subtag we have). The loader guesses by the same
// rule, so that a Spanish or German catalogue downloads alongside the wasm, not after it. A wrong guess could only
// waste a download, never show a wrong language: the wasm's answer is the one used.
const TAGS = ['en', 'es', 'de']; // the core's i18n::LANGUAGES, in its order
const guess = (candidates) => {
  for (const candidate of candidates) {
    const index = TAGS.indexOf(candidate.split(/[-_]/)[0].toLowerCase());
    if (index >= 0) return index;
  }
  return 0;
};

// Called once: the observer disconnects before it starts the widgets. Glue, wasm and the guessed catalogue
// download together: on a slow network each one after another would cost a round trip (the glue's init accepts
// a promise of the response and still compiles while streaming).
const start = () => {
  if (typeof WebAssembly !== 'object') return fail(Error('no WebAssembly'));
  const wasm = fetch(new URL(WASM, here));
  // A failed download is reported once, through init; this only keeps it from also being an unhandled rejection.
  wasm.catch(() => {});
  const candidates = [
    document.querySelector('[data-rapport][data-lang]')?.dataset.lang ?? '',
    document.documentElement.lang,
    navigator.language ?? '',
  ];
  const guessed = guess(candidates);
  const early = catalogue(guessed);
  return import(new URL(GLUE, here).href)
    .then(({ default: init, mount, wanted_language: wantedLanguage, readings }) =>
      init({ module_or_path: wasm }).then(() => {
        const language = wantedLanguage(...candidates);
        return (language === guessed ? early : catalogue(language)).then((text) =>
          mount(new URL('../', here).href, language, text, () => fetchReadings(language, readings)),
        );
      }),
    )
    .then(() => {
      for (const host of document.querySelectorAll('[data-rapport]')) {
        settle(host);
        if (host.hasAttribute('data-rapport-mounted')) {
          host.dispatchEvent(new CustomEvent('rapport:ready', { bubbles: true, composed: true, detail: { version: VERSION } }));
        }
      }
    })
    .catch(fail);
};

if ('IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        start();
      }
    },
    { rootMargin: NEAR },
  );
  for (const host of waiting()) observer.observe(host);
} else {
  start();
}
