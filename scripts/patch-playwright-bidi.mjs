// Lets Playwright 1.65 drive Debian's Firefox ESR 153 over WebDriver BiDi (channel 'moz-firefox'): Playwright
// sends emulation commands (emulation.setMediaFeaturesOverride, screen settings) that this Firefox does not know
// yet, and treats the "unknown command" answer as fatal, so no page could open. This patch answers those with
// success instead: only emulation.* commands, only on "unknown command". Playwright's own Firefox build cannot be
// downloaded here. Idempotent; run by scripts/setup.sh after npm ci. Remove once Firefox ESR knows the commands.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../node_modules/playwright-core/lib/coreBundle.js', import.meta.url);
const text = readFileSync(file, 'utf8');
const MARK = 'String(callback.method).startsWith("emulation.")';
if (text.includes(MARK)) process.exit(0);

const start = text.indexOf('    BidiSession = class extends import_events9.EventEmitter {');
const end = text.indexOf('\n});', start);
if (start < 0 || end < 0) throw new Error('patch-playwright-bidi: BidiSession not found (Playwright changed?)');
const replacements = [
  [
    '          this._callbacks.set(id, { resolve, reject, error: new ProtocolError("error", method2) });',
    '          this._callbacks.set(id, { resolve, reject, error: new ProtocolError("error", method2), method: method2 });',
  ],
  [
    '          if (object.type === "error") {\n            if (object.error === "no such frame")',
    `          if (object.type === "error" && object.error === "unknown command" && ${MARK}) {\n            callback.resolve({});\n          } else if (object.type === "error") {\n            if (object.error === "no such frame")`,
  ],
];
let session = text.slice(start, end);
for (const [from, to] of replacements) {
  if (session.split(from).length !== 2) throw new Error(`patch-playwright-bidi: expected once: ${from}`);
  session = session.replace(from, to);
}
writeFileSync(file, text.slice(0, start) + session + text.slice(end));
console.log('setup: patched Playwright for Firefox ESR over WebDriver BiDi');
