// Prints what docs/experiments/measure-issue23.sh built: each file's raw and gzip (level 9) size, the wasm code and
// data sections' raw sizes, and the first visit (loader + glue + main wasm [+ __wasm_split.js]) in English and
// German, and a whole English run (first visit + chunks + readings-en). 1 KB = 1000 bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = process.argv[2];
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => (n / 1000).toFixed(1);
// Section sizes of a wasm: code (10) and data (11), raw bytes of each section's body.
function sections(bytes) {
  let at = 8;
  const found = {};
  const leb = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    if (id === 10) found.code = (found.code || 0) + size;
    if (id === 11) found.data = (found.data || 0) + size;
    if (id === 10 || id === 11) found[`gz${id}`] = gz(bytes.subarray(at, at + size));
    at += size;
  }
  return found;
}
const pkg = join(out, 'pkg');
const files = readdirSync(pkg).filter((f) => /\.(wasm|js)$/.test(f)).sort();
const size = {};
for (const file of ['rapport.js', ...files.map((f) => `pkg/${f}`), 'de.json', 'es.json', 'readings-en.json']) {
  let bytes;
  try {
    bytes = readFileSync(join(out, file));
  } catch {
    continue;
  }
  size[file] = gz(bytes);
  let line = `${file.padEnd(36)} raw ${kb(bytes.length).padStart(7)}  gzip ${kb(size[file]).padStart(6)}`;
  if (file.endsWith('.wasm')) {
    const s = sections(bytes);
    line += `   code ${kb(s.code)} raw / ${kb(s.gz10)} gzip, data ${kb(s.data || 0)} raw / ${kb(s.gz11 || 0)} gzip`;
  }
  console.log(line);
}
const first = ['rapport.js', 'pkg/widget.js', 'pkg/widget_bg.wasm', 'pkg/__wasm_split.js'].reduce((t, f) => t + (size[f] || 0), 0);
const later = Object.keys(size)
  .filter((f) => f.startsWith('pkg/') && f.endsWith('.wasm') && f !== 'pkg/widget_bg.wasm')
  .reduce((t, f) => t + size[f], 0);
console.log(`first visit, English: ${kb(first)} KB gzip`);
console.log(`first visit, German: ${kb(first + (size['de.json'] || 0))} KB gzip; Spanish ${kb(first + (size['es.json'] || 0))}`);
console.log(`chunks: ${kb(later)} KB gzip`);
console.log(`whole English run (first visit + chunks + readings-en): ${kb(first + later + (size['readings-en.json'] || 0))} KB gzip`);
