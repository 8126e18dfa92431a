// The host recipes of docs/hosting.md, read from the page itself: each is the fenced block after a
// `<!-- recipe: NAME -->` line. scripts/release.mjs ships `_headers` and `.htaccess` in the bundle as they stand
// there, and tests/release/recipes.test.mjs checks each one against scripts/hosting-rules.mjs: the page a coach
// reads, the files they upload and the rules the tests run under cannot drift apart.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const HOSTING_DOC = fileURLToPath(new URL('../docs/hosting.md', import.meta.url));

/** `{ name: text }` for every recipe in the markdown; throws on a marker without a fenced block after it. */
export function recipesFrom(markdown = readFileSync(HOSTING_DOC, 'utf8')) {
  const recipes = {};
  const lines = markdown.split('\n');
  lines.forEach((line, index) => {
    const marker = line.match(/^<!-- recipe: (\S+) -->$/);
    if (!marker) return;
    const open = lines[index + 1] ?? '';
    const close = lines.indexOf('```', index + 2);
    if (!open.startsWith('```') || close < 0) throw new Error(`docs/hosting.md: recipe ${marker[1]} has no code block`);
    recipes[marker[1]] = `${lines.slice(index + 2, close).join('\n')}\n`;
  });
  return recipes;
}

// The block of docs/hosting.md that the release writes (the SRI hashes), between its two markers.
const INTEGRITY_BLOCK = /(<!-- release:integrity -->\n)([\s\S]*?)(<!-- \/release:integrity -->)/;

/** The generated block's text, or null if the markers are missing. */
export const integrityBlock = (markdown) => markdown.match(INTEGRITY_BLOCK)?.[2] ?? null;

/** The markdown with the generated block replaced by `text`; throws if the markers are missing. */
export function withIntegrityBlock(markdown, text) {
  if (!INTEGRITY_BLOCK.test(markdown)) throw new Error('docs/hosting.md: the release:integrity markers are missing');
  return markdown.replace(INTEGRITY_BLOCK, (_, open, _old, close) => `${open}${text}${close}`);
}
