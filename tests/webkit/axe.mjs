// axe-core for the WebKit tests: injected through WebDriver's execute script (which the page's policy does not
// govern), run on the current document or frame.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the current document (or frame) and fails on any serious or critical violation. */
export async function expectNoSeriousViolations(session, screen) {
  if (!(await session.evaluate(() => typeof window.axe === 'object'))) {
    await session.command('POST', '/execute/sync', { script: `${AXE}\nreturn true;`, args: [] });
  }
  const results = await session.evaluate(
    (tags) =>
      window.axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => ({
        passes: r.passes.length,
        serious: r.violations
          .filter((v) => ['serious', 'critical'].includes(v.impact))
          .map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => JSON.stringify(n.target)).join(' | ')}`),
      })),
    TAGS,
  );
  assert.deepEqual(results.serious, [], `${screen}: serious violations`);
  // The scan really looked inside the widget: it checked the scale's radio buttons or the result's chart.
  assert.ok(results.passes > 5, `${screen}: only ${results.passes} checks passed`);
}
