// Prints raw, gzip and brotli sizes of every file the widget transfers (wasm, JS, CSS) and fails when a first visit in
// any language exceeds the budget: English is compiled in, another language adds its catalogue, so the heaviest
// first visit is the one checked, for each of the embed's two builds.
// Usage: node scripts/size-report.mjs [dist] [budget in KB, 1 KB = 1000 bytes] [the goals build's budget in KB]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const budgetKb = Number(process.argv[3] || 100);
const goalsBudgetKb = Number(process.argv[4] || budgetKb);

// Brotli (quality 11, as a host precompressing its files would) for information: many hosts serve it, but a
// coach's host decides, so the budget stays gzip.
const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

// What a page embedding the widget downloads: the loader, the glue and the wasm (CSS ships inside the wasm), for
// each of the embed's two builds: the widget every coach's page loads, and the widget with the goals screen, loaded
// only for a page whose widget starts there (its own budget). The demo page's own files (index.html, page.css,
// favicon) are not the widget, and neither is our standalone pages' build (standalone.js, pkg/standalone*),
// reported below for information.
const builds = [
  { name: 'widget', budgetKb, what: "a coach's page" },
  { name: 'goals', budgetKb: goalsBudgetKb, what: 'a coach\'s page that starts with goals (data-instrument="goals")' },
];
const TOOLS = /^v1\/(standalone\.js|pkg\/standalone\.[0-9a-f]{10}\.js|pkg\/standalone_bg\.[0-9a-f]{10}\.wasm)$/;
const all = walk(dist).map((path) => relative(dist, path));
const kb = (n) => (n / 1000).toFixed(1).padStart(7);
let failed = false;

for (const { name, budgetKb: budget, what } of builds) {
  const files = all.filter((path) => path === 'v1/rapport.js' || new RegExp(`^v1/pkg/${name}(_bg)?\\.[0-9a-f]{10}\\.(js|wasm)$`).test(path)).sort();
  if (!files.some((f) => f.endsWith('.wasm'))) {
    console.error(`size: no ${name} wasm found under ${dist}/ (build first)`);
    process.exit(1);
  }
  let rawTotal = 0;
  let gzipTotal = 0;
  let brotliTotal = 0;
  const rows = files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const br = brotli(bytes);
    rawTotal += bytes.length;
    gzipTotal += gzip;
    brotliTotal += br;
    return { file, raw: bytes.length, gzip, br };
  });
  console.log(`\n${what}:`);
  console.log('file'.padEnd(36) + 'raw KB'.padStart(8) + 'gzip KB'.padStart(9) + 'brotli KB'.padStart(11));
  for (const row of rows) console.log(row.file.padEnd(36) + kb(row.raw) + ' ' + kb(row.gzip) + '    ' + kb(row.br));
  console.log('total'.padEnd(36) + kb(rawTotal) + ' ' + kb(gzipTotal) + '    ' + kb(brotliTotal));
  // Languages other than English load only when chosen: a first visit in one of them adds its catalogue.
  const suffix = name === 'widget' ? '' : `-${name}`;
  const visits = [['en', gzipTotal]];
  for (const file of all.filter((path) => new RegExp(`^v1/lang/[a-z]+${suffix}\\.[0-9a-f]{10}\\.json$`).test(path)).sort()) {
    const bytes = readFileSync(join(dist, file));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const br = brotli(bytes);
    const tag = file.split('/')[2].split(/[.-]/)[0];
    visits.push([tag, gzipTotal + gzip]);
    console.log(
      `catalogue ${tag}${suffix}: ${(gzip / 1000).toFixed(1)} KB gzip, fetched only in ${tag} (a first visit in ${tag}: ${((gzipTotal + gzip) / 1000).toFixed(1)} KB; brotli ${((brotliTotal + br) / 1000).toFixed(1)})`,
    );
  }
  // A result's explanations (`readings-<tag>.json`, English too, the same for both builds) load while the person
  // answers, never on a first visit: reported with what a whole run (first visit, then a result) transfers.
  for (const file of all.filter((path) => /^v1\/lang\/readings-[a-z]+\.[0-9a-f]{10}\.json$/.test(path)).sort()) {
    const gzip = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    const tag = file.split('/')[2].split('.')[0].slice('readings-'.length);
    const visit = visits.find(([language]) => language === tag);
    const run = visit ? ` (a whole run in ${tag}: ${((visit[1] + gzip) / 1000).toFixed(1)} KB)` : '';
    console.log(`readings ${tag}: ${(gzip / 1000).toFixed(1)} KB gzip, fetched when a questionnaire starts${run}`);
  }
  const [heaviestTag, heaviest] = visits.reduce((a, b) => (b[1] > a[1] ? b : a));
  const headroom = budget * 1000 - heaviest;
  const first = `${name}: the heaviest first visit (${heaviestTag}) is ${(heaviest / 1000).toFixed(1)} KB`;
  if (headroom < 0) {
    console.error(`size: FAILED, ${first}, over the ${budget} KB budget`);
    failed = true;
  } else {
    console.log(`size: ok, ${first}, ${(headroom / 1000).toFixed(1)} KB under the ${budget} KB budget`);
  }
}
const tools = all.filter((path) => TOOLS.test(path));
const toolsGzip = tools.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
console.log(`\nstandalone pages' build (not the embed, no budget): ${(toolsGzip / 1000).toFixed(1)} KB gzip in ${tools.length} files`);
if (failed) process.exit(1);
