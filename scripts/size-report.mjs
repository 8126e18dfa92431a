// Prints raw and gzip sizes of every file the widget transfers (wasm, JS, CSS) and fails when the gzip total
// exceeds the budget. Usage: node scripts/size-report.mjs [dist] [budget in KB, 1 KB = 1000 bytes]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const budgetKb = Number(process.argv[3] || 100);

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

// What a page embedding the widget downloads: the loader, the glue and the wasm (CSS ships inside the wasm).
// The demo page's own files (index.html, page.css, favicon) are not the widget, and neither is the standalone
// standalone pages' build (standalone.js, pkg/standalone*), reported below for information.
const WIDGET = /^v1\/(rapport\.js|pkg\/widget\.[0-9a-f]{10}\.js|pkg\/widget_bg\.[0-9a-f]{10}\.wasm)$/;
const TOOLS = /^v1\/(standalone\.js|pkg\/standalone\.[0-9a-f]{10}\.js|pkg\/standalone_bg\.[0-9a-f]{10}\.wasm)$/;
const all = walk(dist).map((path) => relative(dist, path));
const files = all.filter((path) => WIDGET.test(path)).sort();
if (!files.some((f) => f.endsWith('.wasm'))) {
  console.error(`size: no wasm found under ${dist}/ (build first)`);
  process.exit(1);
}

let rawTotal = 0;
let gzipTotal = 0;
const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  rawTotal += bytes.length;
  gzipTotal += gzip;
  return { file, raw: bytes.length, gzip };
});
const kb = (n) => (n / 1000).toFixed(1).padStart(7);
console.log('file'.padEnd(36) + 'raw KB'.padStart(8) + 'gzip KB'.padStart(9));
for (const row of rows) console.log(row.file.padEnd(36) + kb(row.raw) + ' ' + kb(row.gzip));
console.log('total'.padEnd(36) + kb(rawTotal) + ' ' + kb(gzipTotal));
const headroom = budgetKb * 1000 - gzipTotal;
if (headroom < 0) {
  console.error(`size: FAILED, gzip total ${(gzipTotal / 1000).toFixed(1)} KB is over the ${budgetKb} KB budget`);
  process.exit(1);
}
const tools = all.filter((path) => TOOLS.test(path));
const toolsGzip = tools.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
console.log(`standalone pages' build (not the embed, no budget): ${(toolsGzip / 1000).toFixed(1)} KB gzip in ${tools.length} files`);
// Languages other than English load only when chosen: what a first visit in that language adds (information).
for (const file of all.filter((path) => /^v1\/lang\/[a-z]+\.[0-9a-f]{10}\.json$/.test(path)).sort()) {
  const gzip = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const tag = file.split('/')[2].split('.')[0];
  console.log(`catalogue ${tag}: ${(gzip / 1000).toFixed(1)} KB gzip, fetched only in ${tag} (a first visit in ${tag}: ${((gzipTotal + gzip) / 1000).toFixed(1)} KB)`);
}
console.log(`size: ok, ${(headroom / 1000).toFixed(1)} KB under the ${budgetKb} KB budget`);
