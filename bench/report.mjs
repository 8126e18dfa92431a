// What the benchmark reports (bench/README.md): the medians over runs per page and profile, the table printed at
// the end, and the JSON record in bench/results/ (a full comparison becomes the record, anything less is kept
// beside it, marked partial).
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CPU_RATE, REPO, PHONE, SLOW_3G, VIEWPORT, median, quantile, round } from './measure.mjs';
import { PAGE_INFO } from './peers.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

/**
 * Per page: what it transferred (`transferOfFiles` maps the first run's responses to files) and, per profile, the
 * median over runs of each run's value (for interactions, each run's median over its questions).
 */
export function aggregate(samples, PAGES, transferOfFiles) {
  const pages = {};
  for (const name of PAGES) {
    const cpu = samples[name].cpu4x || [];
    const slow = samples[name].slow3g || [];
    const phone = samples[name].phone || [];
    const first = cpu[0] || slow[0] || phone[0];
    const transfer = transferOfFiles(first.resources);
    const lists = new Set(
      [...cpu, ...slow, ...phone].map((r) =>
        r.resources
          .map((x) => x.url)
          .sort()
          .join(' '),
      ),
    );
    const perRun = (runs, pick) => runs.map(pick);
    const summary = (values) => ({
      median: round(median(values)),
      min: round(Math.min(...values)),
      max: round(Math.max(...values)),
      runs: values.map((v) => round(v)),
    });
    pages[name] = {
      title: PAGE_INFO[name].title,
      url: PAGE_INFO[name].path,
      transfer,
      sameFilesEveryRun: lists.size === 1,
    };
    if (cpu.length) {
      pages[name].cpu4x = {
        startUsableMs: summary(perRun(cpu, (r) => r.startup.startUsable)),
        q1UsableMs: summary(perRun(cpu, (r) => r.startup.q1Usable)),
        startClickToQ1Ms: summary(perRun(cpu, (r) => r.startup.startClickToQ1)),
        answerMs: summary(perRun(cpu, (r) => median(r.interaction.answerMs))),
        nextMs: summary(perRun(cpu, (r) => median(r.interaction.nextMs))),
        nextP90Ms: round(
          quantile(
            cpu.flatMap((r) => r.interaction.nextMs),
            0.9,
          ),
        ),
        answerP90Ms: round(
          quantile(
            cpu.flatMap((r) => r.interaction.answerMs),
            0.9,
          ),
        ),
        finishMs: summary(perRun(cpu, (r) => r.interaction.finishMs)),
        jsHeapUsed: summary(perRun(cpu, (r) => r.memory.jsHeapUsed)),
        wasmMemory: summary(perRun(cpu, (r) => r.memory.wasmMemory)),
        heapPlusWasm: summary(perRun(cpu, (r) => r.memory.jsHeapUsed + r.memory.wasmMemory)),
        domNodes: summary(perRun(cpu, (r) => r.memory.domNodes)),
        samples: cpu.map((r) => ({
          busyBefore: r.busyBefore,
          startup: r.startup,
          interaction: r.interaction,
          memory: r.memory,
        })),
      };
    }
    if (slow.length) {
      pages[name].slow3g = {
        startUsableMs: summary(perRun(slow, (r) => r.startup.startUsable)),
        q1UsableMs: summary(perRun(slow, (r) => r.startup.q1Usable)),
        samples: slow.map((r) => ({ busyBefore: r.busyBefore, startup: r.startup })),
      };
    }
    if (phone.length) {
      pages[name].phone = {
        startUsableMs: summary(perRun(phone, (r) => r.startup.startUsable)),
        q1UsableMs: summary(perRun(phone, (r) => r.startup.q1Usable)),
        samples: phone.map((r) => ({ busyBefore: r.busyBefore, startup: r.startup })),
      };
    }
  }
  return pages;
}

/** Prints the table of medians (with rapport's ratios to each peer) and says how many runs began busy. */
export function printTable(pages, PAGES, samples, { RUNS, QUIET_BELOW }) {
  const cols = PAGES;
  const get = (name, path) => path.split('.').reduce((o, k) => (o == null ? null : o[k]), pages[name]);
  // Absent (a profile not run) stays absent instead of becoming 0.
  const kb = (bytes) => (bytes == null ? null : bytes / 1000);
  const rows = [
    ['files loaded', (n) => get(n, 'transfer.count'), 0],
    ['transfer raw (KB)', (n) => get(n, 'transfer.raw') / 1000, 1],
    ['transfer gzip-9 (KB, as served)', (n) => get(n, 'transfer.gzip') / 1000, 1],
    ['transfer brotli-11 (KB, info)', (n) => get(n, 'transfer.brotli') / 1000, 1],
    ['CPU 4x: Start usable (ms)', (n) => get(n, 'cpu4x.startUsableMs.median'), 0],
    ['CPU 4x: question 1 usable (ms)', (n) => get(n, 'cpu4x.q1UsableMs.median'), 0],
    ['slow 3G: Start usable (ms)', (n) => get(n, 'slow3g.startUsableMs.median'), 0],
    ['slow 3G: question 1 usable (ms)', (n) => get(n, 'slow3g.q1UsableMs.median'), 0],
    ['phone (4x, 400 ms, 400 kbit/s): Start usable (ms)', (n) => get(n, 'phone.startUsableMs.median'), 0],
    ['phone: question 1 usable (ms)', (n) => get(n, 'phone.q1UsableMs.median'), 0],
    ['CPU 4x: answer click -> painted (ms)', (n) => get(n, 'cpu4x.answerMs.median'), 1],
    ['CPU 4x: Next click -> next question (ms)', (n) => get(n, 'cpu4x.nextMs.median'), 1],
    ['CPU 4x: Next click, p90 (ms)', (n) => get(n, 'cpu4x.nextP90Ms'), 1],
    ['JS heap after 20 answers (KB)', (n) => kb(get(n, 'cpu4x.jsHeapUsed.median')), 0],
    ['wasm memory (KB)', (n) => kb(get(n, 'cpu4x.wasmMemory.median')), 0],
    ['JS heap + wasm (KB)', (n) => kb(get(n, 'cpu4x.heapPlusWasm.median')), 0],
    ['DOM nodes at the end (info)', (n) => get(n, 'cpu4x.domNodes.median'), 0],
  ];
  const table = [];
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}x` : '-');
  for (const [label, pick, digits] of rows) {
    const values = Object.fromEntries(cols.map((n) => [n, pick(n)]));
    if (cols.every((n) => !Number.isFinite(values[n]))) continue;
    const row = { metric: label };
    for (const n of cols)
      row[PAGE_INFO[n].title] = Number.isFinite(values[n]) ? Number(values[n].toFixed(digits)) : null;
    if (cols.includes('rapport') && cols.includes('vanilla'))
      row['rapport/vanilla'] = ratio(values.rapport, values.vanilla);
    if (cols.includes('rapport') && cols.includes('surveyjs'))
      row['rapport/SurveyJS'] = ratio(values.rapport, values.surveyjs);
    table.push(row);
  }
  const headers = Object.keys(table[0]);
  const widths = headers.map((h) => Math.max(h.length, ...table.map((r) => String(r[h] ?? '-').length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log('\n' + line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(line(headers.map((h) => r[h] ?? '-')));
  const all = Object.values(samples).flatMap((byProfile) => Object.values(byProfile).flat());
  const busyRuns = all.filter((r) => r.busyBefore !== null && r.busyBefore >= QUIET_BELOW).length;
  console.log(`\nmedians of ${RUNS} runs; transfer per file in the JSON; method and caveats in bench/README.md`);
  if (busyRuns)
    console.log(
      `note: ${busyRuns} of ${all.length} runs started on a busy machine (CPU >= ${QUIET_BELOW * 100}%): timings are noisier`,
    );
  return { table, busyRuns };
}

/** Writes the record: where, when and how it was measured, the settings, the table and every sample. */
export function writeRecord({
  began,
  loadAtStart,
  browser,
  versions,
  built,
  distBuilt,
  distHashes,
  RUNS,
  WARMUP,
  retries,
  busyRuns,
  QUIET_BELOW,
  QUIET_WAIT_S,
  PROFILES,
  PAGES,
  table,
  pages,
  log,
}) {
  const sha = git('rev-parse', '--short', 'HEAD') || 'nogit';
  const dirty = Boolean(
    git(
      'status',
      '--porcelain',
      '--',
      'src',
      'crates',
      'style',
      'web',
      'index.html',
      'Cargo.toml',
      'Cargo.lock',
      'scripts',
    ),
  );
  const date = new Date().toISOString().slice(0, 10);
  const record = {
    date: new Date().toISOString(),
    git: { sha, dirty },
    seconds: Math.round((Date.now() - began) / 1000),
    environment: {
      chromium: browser.version(),
      node: process.version,
      versions,
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg().map((x) => round(x, 2)),
      built,
      dist: { built: distBuilt, sha256: distHashes },
    },
    settings: {
      runs: RUNS,
      warmup: WARMUP,
      retries,
      busyRuns,
      quietBelow: QUIET_BELOW,
      quietWaitSeconds: QUIET_WAIT_S,
      viewport: VIEWPORT,
      cpuThrottlingRate: CPU_RATE,
      slow3g: SLOW_3G,
      phone: PHONE,
      profiles: PROFILES,
    },
    table,
    pages,
  };
  const outDir = join(HERE, 'results');
  mkdirSync(outDir, { recursive: true });
  const write = (name) => {
    const path = join(outDir, name);
    writeFileSync(`${path}.tmp`, JSON.stringify(record, null, 2) + '\n');
    renameSync(`${path}.tmp`, path);
    return relative(REPO, path);
  };
  // Only a full comparison (every page and profile, 5 runs or more) becomes the record; anything less is kept
  // beside it, marked partial.
  const full = Object.keys(PAGE_INFO).every((p) => PAGES.includes(p)) && PROFILES.length === 2 && RUNS >= 5;
  const written = full ? [write(`${date}-${sha}.json`), write('latest.json')] : [write(`${date}-${sha}-partial.json`)];
  log(`wrote ${written.join(' and ')} (${record.seconds} s${retries ? `, ${retries} retried runs` : ''})`);
}
