// Checks the release embed for debug-formatting bloat (issue 9) and fails when any rule is broken:
// - no `name` or `producers` custom section shipped (wasm-opt strips them);
// - `panic = "abort"` in the release profile (no unwinding tables);
// - no `{:?}` formatting, `dbg!` or panic hook in release code (src/ and crates/core/src, tests excluded);
// - in the UI (src/), every click, change and input handler through `click(...)` or `changed(...)`, and every list
//   through `collect_any()`, never `collect_view()`: each handler closure or list item type of its own costs the
//   wasm a copy of Leptos' generic code (docs/performance.md, "every signal value type costs");
// - the bytes of panic-location strings (`….rs` paths) under a budget: removing them entirely needs a nightly
//   build-std (`-Zlocation-detail=none`), which this toolchain does not have, so they are held where they are.
// Usage: node scripts/wasm-audit.mjs [dist] [panic-location budget in bytes]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const locationBudget = Number(process.argv[3] || 4000);
const problems = [];

// Custom sections, read from the module's section headers.
const wasmName = readdirSync(join(dist, 'v1/pkg')).find((name) => /^widget_bg\.[0-9a-f]{10}\.wasm$/.test(name));
if (!wasmName) {
  console.error(`wasm-audit: no embed wasm under ${dist}/v1/pkg (build first)`);
  process.exit(1);
}
const wasm = readFileSync(join(dist, 'v1/pkg', wasmName));
const readLeb = (offset) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = wasm[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, offset];
  }
};
const customSections = [];
for (let offset = 8; offset < wasm.length; ) {
  const id = wasm[offset];
  const [size, start] = readLeb(offset + 1);
  if (id === 0) {
    const [nameLength, nameStart] = readLeb(start);
    customSections.push(wasm.subarray(nameStart, nameStart + nameLength).toString('utf8'));
  }
  offset = start + size;
}
for (const banned of ['name', 'producers']) {
  if (customSections.includes(banned)) problems.push(`the wasm ships a "${banned}" section`);
}

// Panic-location strings: file paths compiled in for panic messages.
const text = wasm.toString('latin1');
const locations = text.match(/[\x20-\x7e]{0,120}?\.rs(?=[^a-z_])/g) || [];
const locationBytes = locations.reduce((sum, path) => sum + path.length, 0);
if (locationBytes > locationBudget) {
  problems.push(`panic-location strings take ${locationBytes} bytes, over the ${locationBudget} byte budget`);
}

// The release profile aborts on panic.
const manifest = readFileSync('Cargo.toml', 'utf8');
const release = manifest.split('[profile.release]')[1] || '';
if (!/^panic\s*=\s*"abort"/m.test(release)) problems.push('the release profile does not set panic = "abort"');

// No debug formatting, dbg! or panic hook in code that ships.
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.rs') ? [path] : [];
  });
for (const file of [...walk('src'), ...walk('crates/core/src')]) {
  const source = readFileSync(file, 'utf8');
  source.split('\n').forEach((line, index) => {
    if (/\{[a-z_0-9]*:#?\?\}|dbg!\(|panic_hook/.test(line) && !line.trim().startsWith('//')) {
      problems.push(`${file}:${index + 1}: debug formatting or a panic hook in release code`);
    }
    if (file.startsWith('src') && !line.trim().startsWith('//')) {
      if (/\.collect_view\(\)/.test(line)) {
        problems.push(`${file}:${index + 1}: a list through collect_view(); use collect_any()`);
      }
      const handler = line.match(/on:(click|change|input)=(?!click\(|changed\()/);
      if (handler) problems.push(`${file}:${index + 1}: an on:${handler[1]} handler not boxed by click() or changed()`);
    }
  });
}

console.log(
  `wasm-audit: custom sections [${customSections.join(', ')}], ${locations.length} panic locations ` +
    `(${locationBytes} of ${locationBudget} bytes), panic = "abort"`,
);
if (problems.length) {
  for (const problem of problems) console.error(`wasm-audit: FAILED, ${problem}`);
  process.exit(1);
}
console.log('wasm-audit: ok');
