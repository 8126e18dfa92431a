// Writes a language catalogue as the widget installs it: compact JSON with its keys sorted by their UTF-8 bytes
// (the order Rust compares strings in), so the wasm can look texts up by bisection without sorting.
// Usage: node scripts/catalogue.mjs crates/core/catalogues/es.json dist.new/v1/lang/es.json
import { readFileSync, writeFileSync } from 'node:fs';

const [source, target] = process.argv.slice(2);
const entries = Object.entries(JSON.parse(readFileSync(source, 'utf8')));
entries.sort(([a], [b]) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
// Written by hand, not JSON.stringify(object): an object would put integer-like keys first.
const body = entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',');
writeFileSync(target, `{${body}}`);
