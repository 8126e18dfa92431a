// Lets Playwright 1.65 drive Debian's Firefox ESR 153 over WebDriver BiDi (channel 'moz-firefox'). Playwright's own
// Firefox build cannot be downloaded here. Three patches, each idempotent; run by scripts/setup.sh after npm ci.
//
// 1. Playwright sends emulation commands (emulation.setMediaFeaturesOverride, screen settings) that this Firefox does
//    not know yet, and treats the "unknown command" answer as fatal, so no page could open. This answers those with
//    success instead: only emulation.* commands, only on "unknown command". Remove once Firefox ESR knows them.
// 2. Before every screenshot, Playwright's BiDi page appends `<style>body {}</style>` to the page and removes it again
//    ("toggle a stylesheet to sync animations"). A page with `style-src 'self'` (ours, and the policy the docs ask
//    coaches for) blocks and reports that inline style, so every screenshot on a strict page failed the test with a
//    violation that was the harness's, not the widget's. Playwright's own Firefox driver (FFPage) and its Chromium
//    driver do not toggle it; this makes the BiDi page do the same. Nothing in the page is filtered: a style the
//    page's own code adds is still reported (tests/e2e/fixtures_catch.spec.mjs).
// 3. Firefox ESR 153 crashes a page's content process (a null write in libxul, seen in dmesg; the tab becomes
//    about:tabcrashed) when one element's `ariaLabelledByElements` is read both from a sandbox (Playwright's utility
//    world over BiDi; also a WebExtension's content script) and from the page's own world. Playwright's accessible-name
//    code read that property first, in both worlds, for every element with a name: a role locator with a name
//    followed by evaluateAll/allTextContents lost the page ("Execution context was destroyed"). This makes it read
//    the `aria-labelledby` attribute first, as it already does when the property is missing: the same elements, as
//    the HTML standard derives the property from the attribute; the property is read only when the attribute is
//    empty or absent (then elements set from script, if any, are in the property only). docs/browsers.md has the
//    reproduction without Playwright; tests/e2e/harness_labelled_by.spec.mjs fails in Firefox without this patch.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../node_modules/playwright-core/lib/coreBundle.js', import.meta.url);
let text = readFileSync(file, 'utf8');
let changed = false;

// Replaces each `from` (exactly once) inside the class that starts with `classStart`, unless `mark` is already there.
function patchClass(classStart, mark, replacements) {
  const start = text.indexOf(classStart);
  const end = text.indexOf('\n});', start);
  if (start < 0 || end < 0) throw new Error(`patch-playwright-bidi: ${classStart.trim()} not found (Playwright changed?)`);
  let body = text.slice(start, end);
  if (body.includes(mark)) return;
  for (const [from, to] of replacements) {
    if (body.split(from).length !== 2) throw new Error(`patch-playwright-bidi: expected once: ${from}`);
    body = body.replace(from, to);
  }
  text = text.slice(0, start) + body + text.slice(end);
  changed = true;
}

const EMULATION = 'String(callback.method).startsWith("emulation.")';
patchClass('    BidiSession = class extends import_events9.EventEmitter {', EMULATION, [
  [
    '          this._callbacks.set(id, { resolve, reject, error: new ProtocolError("error", method2) });',
    '          this._callbacks.set(id, { resolve, reject, error: new ProtocolError("error", method2), method: method2 });',
  ],
  [
    '          if (object.type === "error") {\n            if (object.error === "no such frame")',
    `          if (object.type === "error" && object.error === "unknown command" && ${EMULATION}) {\n            callback.resolve({});\n          } else if (object.type === "error") {\n            if (object.error === "no such frame")`,
  ],
]);

const NO_STYLE_TOGGLE = 'return false; // rapport: no inline <style> on strict pages';
patchClass('    BidiPage = class {', NO_STYLE_TOGGLE, [
  [
    '      shouldToggleStyleSheetToSyncAnimations() {\n        return true;\n      }',
    `      shouldToggleStyleSheetToSyncAnimations() {\n        ${NO_STYLE_TOGGLE}\n      }`,
  ],
]);

// The injected script is a string in the bundle: the function's text, as it stands there (`\n` escapes).
const LABELLED_BY_FROM = 'const refs = element.ariaLabelledByElements || getIdRefs(element, element.getAttribute("aria-labelledby"));';
const LABELLED_BY_MARK = 'rapport: attribute first';
const LABELLED_BY_TO =
  'const attribute = element.getAttribute("aria-labelledby"); /* rapport: attribute first */\\n' +
  '  const refs = attribute ? getIdRefs(element, attribute) : element.ariaLabelledByElements;';
if (!text.includes(LABELLED_BY_MARK)) {
  if (text.split(LABELLED_BY_FROM).length !== 2) throw new Error(`patch-playwright-bidi: expected once: ${LABELLED_BY_FROM}`);
  text = text.replace(LABELLED_BY_FROM, LABELLED_BY_TO);
  changed = true;
}

if (changed) {
  writeFileSync(file, text);
  console.log('setup: patched Playwright for Firefox ESR over WebDriver BiDi');
}
