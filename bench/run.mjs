// rapport's benchmark (issue 9): the real widget against a hand-written vanilla page and SurveyJS, all asking the
// same 20 trust-equation statements, in Debian's headless Chromium through Playwright and CDP.
// What is measured and how: bench/README.md.
//
// Usage: node bench/run.mjs [--no-build] [--runs 7] [--warmup 1] [--port 8282] [--pages rapport,vanilla,surveyjs]
//                           [--profiles cpu4x,slow3g,phone] [--quiet-wait 90] [--timeout-min M]
// Without --no-build it runs `make build` first. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

import {
  DIST,
  LAUNCH,
  REPO,
  median,
  required,
  round,
  runPage,
  sha256,
  snapshotDist,
  transferOf,
  waitQuiet,
  withTimeout,
} from './measure.mjs';
import { PAGE_INFO, peerVersions } from './peers.mjs';
import { writeQuestions } from './questions.mjs';
import { aggregate, printTable, writeRecord } from './report.mjs';
import { startServer } from './server.mjs';

// ---------------------------------------------------------------------------------------------------------------
// Settings

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const VALUED = ['runs', 'warmup', 'port', 'pages', 'profiles', 'timeout-min', 'quiet-wait'];
for (let i = 0; i < args.length; i += 1) {
  const name = args[i].replace(/^--/, '');
  if (VALUED.includes(name)) i += 1;
  else if (!['no-build', 'help'].includes(name)) {
    console.error(`bench: unknown argument "${args[i]}" (see --help)`);
    process.exit(2);
  }
}
if (flag('help')) {
  console.log(
    readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\n')
      .slice(4, 7)
      .join('\n'),
  );
  process.exit(0);
}
const RUNS = Number(option('runs', 7));
const WARMUP = Number(option('warmup', 1));
const PORT = Number(option('port', 8282));
const PAGES = option('pages', 'rapport,vanilla,surveyjs').split(',');
const PROFILES = option('profiles', 'cpu4x,slow3g,phone').split(',');
// Before each measured run, wait up to this many seconds for the machine to be quiet (see measure.mjs, waitQuiet).
const QUIET_WAIT_S = Number(option('quiet-wait', 90));
// The watchdog: by default room for every run to wait its full quiet time and take 30 s, plus a build.
const TIMEOUT_MIN = Number(
  option('timeout-min', Math.ceil(15 + ((RUNS + WARMUP) * PAGES.length * PROFILES.length * (QUIET_WAIT_S + 30)) / 60)),
);
const QUIET_BELOW = 0.25; // share of all cores busy
const ATTEMPTS = 3; // a run that fails is tried again this many times in all before the benchmark fails

for (const page of PAGES) if (!PAGE_INFO[page]) fail(`unknown page "${page}" (pages: ${Object.keys(PAGE_INFO)})`);
for (const p of PROFILES) if (!['cpu4x', 'slow3g', 'phone'].includes(p)) fail(`unknown profile "${p}" (cpu4x, slow3g, phone)`);
if (!(RUNS >= 1) || !(WARMUP >= 0)) fail('--runs must be at least 1 and --warmup at least 0');

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
const log = (message) => console.log(`bench: ${message}`);
// ---------------------------------------------------------------------------------------------------------------
// Main

let browser = null;
let server = null;
let distDir = null; // the snapshot of dist/ being served
let cleaning = null;
let stopping = false;
const cleanup = () =>
  (cleaning ??= (async () => {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.close().catch(() => {});
    if (distDir) rmSync(distDir, { recursive: true, force: true });
  })());
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    stopping = true;
    console.error(`bench: ${signal}, stopping`);
    await cleanup();
    process.exit(130);
  });
}

async function main() {
  const began = Date.now();
  const loadAtStart = loadavg().map((x) => round(x, 2));
  if (!flag('no-build')) {
    log('make build');
    const build = spawnSync('make', ['build'], { cwd: REPO, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`make build failed (exit ${build.status ?? build.signal})`);
  }
  distDir = await snapshotDist(log);
  const distHashes = Object.fromEntries(required(distDir).map((f) => [f, sha256(join(distDir, f))]));
  const distBuilt = new Date(Math.max(...required(DIST).map((f) => statSync(join(DIST, f)).mtimeMs))).toISOString();
  const versions = peerVersions(REPO);

  const questions = writeQuestions();
  log(`questions.json: ${questions.items.length} statements from crates/core/src/instruments/trust.rs`);
  server = await startServer({ port: PORT, root: distDir }).catch((error) => {
    throw new Error(`cannot serve on port ${PORT} (${error.code || error.message}); choose another with --port`);
  });
  browser = await chromium.launch(LAUNCH);
  log(
    `serving ${server.url}, ${browser.version()}, ${RUNS} runs (+${WARMUP} warm-up) x ${PAGES.join(', ')} x ${PROFILES.join(', ')}`,
  );

  const samples = Object.fromEntries(PAGES.map((p) => [p, Object.fromEntries(PROFILES.map((q) => [q, []]))]));
  let retries = 0;
  for (let run = 1 - WARMUP; run <= RUNS; run += 1) {
    const warm = run < 1;
    // Pages take turns within each run, starting at a different page each time, so slow moments of this shared
    // 2-core machine spread over all three instead of landing on one.
    const order = PAGES.map((_, i) => PAGES[(i + Math.max(run, 0)) % PAGES.length]);
    for (const profile of PROFILES) {
      for (const name of order) {
        let result = null;
        for (let attempt = 1; !result; attempt += 1) {
          const busy = await waitQuiet({ quietWaitS: QUIET_WAIT_S, quietBelow: QUIET_BELOW, log });
          const t0 = Date.now();
          try {
            result = await withTimeout(
              runPage(browser, server, name, profile, questions),
              180_000,
              `${name} ${profile}`,
            );
          } catch (error) {
            if (stopping) return;
            if (attempt >= ATTEMPTS) throw new Error(`${name} ${profile}: ${error.message}`);
            retries += 1;
            log(`${name} ${profile}: attempt ${attempt} failed (${error.message.split('\n')[0]}), trying again`);
            continue;
          }
          result.busyBefore = busy;
          const s = result.startup;
          const extra = result.interaction
            ? `, answer ${median(result.interaction.answerMs).toFixed(0)} ms, next ${median(result.interaction.nextMs).toFixed(0)} ms, heap ${(result.memory.jsHeapUsed / 1000).toFixed(0)} KB + wasm ${(result.memory.wasmMemory / 1000).toFixed(0)} KB`
            : '';
          const cpu = busy === null ? '' : `, CPU ${Math.round(busy * 100)}% busy before`;
          log(
            `${warm ? 'warm-up' : `run ${run}/${RUNS}`} ${name.padEnd(8)} ${profile}: start ${s.startUsable.toFixed(0)} ms, q1 ${s.q1Usable.toFixed(0)} ms${extra} (${((Date.now() - t0) / 1000).toFixed(1)} s${cpu})`,
          );
        }
        if (!warm) samples[name][profile].push(result);
      }
    }
  }

  const pages = aggregate(samples, PAGES, (resources) => transferOf(resources, server, distDir));
  const { table, busyRuns } = printTable(pages, PAGES, samples, { RUNS, QUIET_BELOW });
  writeRecord({
    began,
    loadAtStart,
    browser,
    versions,
    built: !flag('no-build'),
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
  });
}

const watchdog = setTimeout(async () => {
  console.error(`bench: FAILED, still running after ${TIMEOUT_MIN} minutes`);
  await cleanup();
  process.exit(1);
}, TIMEOUT_MIN * 60_000);
watchdog.unref();

main().then(
  async () => {
    if (stopping) return; // the signal handler exits
    await cleanup();
    process.exit(0);
  },
  async (error) => {
    if (stopping) return;
    console.error(`bench: FAILED: ${error.stack || error.message}`);
    await cleanup();
    process.exit(1);
  },
);
