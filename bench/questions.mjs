// Generates bench/pages/questions.json from the Rust source of the trust equation, so the vanilla and SurveyJS
// pages always ask exactly what rapport asks (same 20 statements in the same order, same 5-point scale).
// Usage: node bench/questions.mjs   (run.mjs calls it before every benchmark)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CORE = join(HERE, '..', 'crates', 'core', 'src', 'instruments');
export const QUESTIONS_PATH = join(HERE, 'pages', 'questions.json');

// A Rust string literal's body (no raw strings in these files) into a JS string.
const unescapeRust = (body) =>
  body.replace(/\\(u\{([0-9a-fA-F]+)\}|x([0-9a-fA-F]{2})|.)/g, (_, esc, uni, hex) => {
    if (uni) return String.fromCodePoint(parseInt(uni, 16));
    if (hex) return String.fromCharCode(parseInt(hex, 16));
    return { n: '\n', t: '\t', r: '\r', 0: '\0' }[esc] ?? esc;
  });
const STRING = /"((?:[^"\\]|\\.)*)"/g;
const strings = (text) => [...text.matchAll(STRING)].map((m) => unescapeRust(m[1]));

/** The section of `source` from `start` (exclusive) to the first line that is exactly `end`. */
function section(source, start, end, file) {
  const from = source.indexOf(start);
  if (from < 0) throw new Error(`questions: "${start}" not found in ${file}`);
  const to = source.indexOf(`\n${end}`, from);
  if (to < 0) throw new Error(`questions: end of "${start}" not found in ${file}`);
  return source.slice(from + start.length, to);
}

export function readTrustInstrument() {
  const trustFile = join(CORE, 'trust.rs');
  const modFile = join(CORE, 'scales.rs');
  const trust = readFileSync(trustFile, 'utf8');
  const mod = readFileSync(modFile, 'utf8');

  // Perspective 0 ("self") is what the bench page of rapport asks (data-perspective="self").
  const perspectives = section(trust, 'const PERSPECTIVES: &[Perspective] = &[', '];', trustFile);
  const perspectiveIds = [...perspectives.matchAll(/id:\s*"([^"]+)"/g)].map((m) => m[1]);
  if (perspectiveIds[0] !== 'self') throw new Error(`questions: first perspective is ${perspectiveIds[0]}, not self`);

  const items = section(trust, 'const ITEMS: &[Item] = &[', '];', trustFile)
    .split(/\bitem\(/)
    .slice(1)
    .map((chunk) => {
      const head = chunk.match(/^\s*"([^"]+)",\s*([A-Z_]+),\s*Keying::(\w+),\s*&\[/);
      if (!head) throw new Error(`questions: cannot read item near: ${chunk.slice(0, 80)}`);
      const texts = strings(chunk.slice(head[0].length, chunk.indexOf(']')));
      if (texts.length !== perspectiveIds.length)
        throw new Error(`questions: item ${head[1]} has ${texts.length} texts`);
      return {
        id: head[1],
        factor: head[2].toLowerCase().replace(/_/g, '-'),
        keying: head[3].toLowerCase(),
        text: texts[0],
      };
    });

  const instrument = section(trust, 'pub static TRUST_V1: Instrument = Instrument {', '};', trustFile);
  const field = (name) => {
    const m = instrument.match(new RegExp(`\\b${name}:\\s*"((?:[^"\\\\]|\\\\.)*)"`));
    if (!m) throw new Error(`questions: TRUST_V1.${name} not found`);
    return unescapeRust(m[1]);
  };
  const scaleName = instrument.match(/\bscale:\s*([A-Z_]+)/)?.[1];
  if (!scaleName) throw new Error('questions: TRUST_V1.scale not found');
  const scaleBody = section(mod, `pub const ${scaleName}: Scale = Scale {`, '};', modFile);
  const scale = [...scaleBody.matchAll(/ScalePoint\s*\{\s*value:\s*(\d+),\s*label:\s*"((?:[^"\\]|\\.)*)"\s*\}/g)].map(
    (m) => ({ value: Number(m[1]), label: unescapeRust(m[2]) }),
  );

  if (items.length !== 20) throw new Error(`questions: expected 20 trust items, found ${items.length}`);
  if (scale.length !== 5) throw new Error(`questions: expected a 5-point scale, found ${scale.length} points`);
  if (new Set(items.map((i) => i.text)).size !== items.length) throw new Error('questions: duplicate statements');
  return {
    generatedFrom: 'crates/core/src/instruments/trust.rs and scales.rs by bench/questions.mjs; do not edit',
    instrument: 'trust',
    perspective: 'self',
    title: field('title'),
    summary: field('summary'),
    scale,
    items,
  };
}

/** Writes pages/questions.json and returns its content. */
export function writeQuestions() {
  const data = readTrustInstrument();
  // Minified: it is transferred by the vanilla and SurveyJS pages and counts in their size.
  writeFileSync(QUESTIONS_PATH, JSON.stringify(data) + '\n');
  return data;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = writeQuestions();
  console.log(`questions: ${data.items.length} statements, ${data.scale.length}-point scale -> ${QUESTIONS_PATH}`);
}
