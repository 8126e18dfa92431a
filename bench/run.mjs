// rapport's benchmark (issue 9): the real widget against a hand-written vanilla page and SurveyJS, all asking the
// same 20 trust-equation statements, in Debian's headless Chromium through Playwright and CDP.
// What is measured and how: bench/README.md.
//
// Usage: node bench/run.mjs [--no-build] [--runs 7] [--warmup 1] [--port 8282] [--pages rapport,vanilla,surveyjs]
//                           [--profiles cpu4x,slow3g] [--quiet-wait 90] [--timeout-min M]
// Without --no-build it runs `make build` first. Exits non-zero on any failure.
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

import { installProbe } from './probe.mjs';
import { writeQuestions } from './questions.mjs';
import { COMPRESSIBLE, fileFor, mounts, startServer } from './server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..');
const DIST = join(REPO, 'dist');

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
const PROFILES = option('profiles', 'cpu4x,slow3g').split(',');
// Before each measured run, wait up to this many seconds for the machine to be quiet (see waitQuiet).
const QUIET_WAIT_S = Number(option('quiet-wait', 90));
// The watchdog: by default room for every run to wait its full quiet time and take 30 s, plus a build.
const TIMEOUT_MIN = Number(
  option('timeout-min', Math.ceil(15 + ((RUNS + WARMUP) * PAGES.length * PROFILES.length * (QUIET_WAIT_S + 30)) / 60)),
);
const QUIET_BELOW = 0.25; // share of all cores busy
// The embed's files: the stable loader and the content-hashed glue and wasm it loads (names found in dir).
const required = (dir) => {
  let names = [];
  try {
    names = readdirSync(join(dir, 'v1/pkg'));
  } catch {
    // not built yet
  }
  const find = (pattern) => names.find((name) => pattern.test(name)) ?? 'missing';
  return ['v1/rapport.js', `v1/pkg/${find(/^widget\.[0-9a-f]{10}\.js$/)}`, `v1/pkg/${find(/^widget_bg\.[0-9a-f]{10}\.wasm$/)}`];
};
const ATTEMPTS = 3; // a run that fails is tried again this many times in all before the benchmark fails

const PAGE_INFO = {
  rapport: { title: 'rapport', path: '/bench/rapport.html', final: '[data-testid="headline"]' },
  vanilla: { title: 'vanilla', path: '/bench/vanilla.html', final: '#result' },
  surveyjs: { title: 'SurveyJS', path: '/bench/surveyjs.html', final: '#result' },
};
for (const page of PAGES) if (!PAGE_INFO[page]) fail(`unknown page "${page}" (pages: ${Object.keys(PAGE_INFO)})`);
for (const p of PROFILES) if (!['cpu4x', 'slow3g'].includes(p)) fail(`unknown profile "${p}" (cpu4x, slow3g)`);
if (!(RUNS >= 1) || !(WARMUP >= 0)) fail('--runs must be at least 1 and --warmup at least 0');

// The same flags as tests/playwright.config.mjs (shared/TOOLCHAIN.md: root, no network but loopback).
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
const VIEWPORT = { width: 400, height: 800 };
const CPU_RATE = 4;
// Chrome DevTools' "3G" preset (called "Slow 3G" before May 2024), as in devtools-frontend's NetworkManager.ts:
// ~500 kbit/s * 0.8 each way and 400 ms RTT * 5 of request latency (DevTools' own factor for emulated latency).
const SLOW_3G = {
  offline: false,
  latency: 400 * 5,
  downloadThroughput: ((500 * 1000) / 8) * 0.8,
  uploadThroughput: ((500 * 1000) / 8) * 0.8,
};

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
const log = (message) => console.log(`bench: ${message}`);
const median = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const quantile = (values, q) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.floor(q * v.length))] : null;
};
const round = (x, digits = 1) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));
const withTimeout = (promise, ms, what) => {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
};
const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};
/** Share of all cores busy (not idle or iowait) over `ms`, from /proc/stat; null where there is none. */
async function cpuBusy(ms = 1000) {
  const read = () => {
    try {
      const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
      return { idle: fields[3] + (fields[4] || 0), total: fields.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  await sleep(ms);
  const b = read();
  return a && b && b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : null;
}

/**
 * This machine has 2 cores and others build on it: before a measured run, wait (up to QUIET_WAIT_S) until less
 * than QUIET_BELOW of the CPU is busy. Returns the share busy when the run starts, kept with the run's samples.
 */
async function waitQuiet() {
  const deadline = Date.now() + QUIET_WAIT_S * 1000;
  let busy = await cpuBusy();
  let said = false;
  while (busy !== null && busy >= QUIET_BELOW && Date.now() < deadline) {
    if (!said)
      log(`machine busy (${Math.round(busy * 100)}% CPU), waiting up to ${QUIET_WAIT_S} s for it to calm down`);
    said = true;
    await sleep(4000);
    busy = await cpuBusy();
  }
  if (said && busy >= QUIET_BELOW) log(`still busy (${Math.round(busy * 100)}% CPU): measuring anyway, expect noise`);
  return busy === null ? null : round(busy, 2);
}

/** The newest modification time of any file under `dir`. */
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

/**
 * Copies dist/ to a temporary folder and serves that, so a build started during the benchmark (another engineer's
 * `make build` empties dist/ first) changes nothing: every run measures the same bundle. Waits for a running
 * build to finish (all files present, nothing written for 5 s), at most 10 minutes.
 */
async function snapshotDist() {
  const deadline = Date.now() + 10 * 60_000;
  let said = false;
  for (;;) {
    const complete = required(DIST).every((file) => existsSync(join(DIST, file)));
    let settled = false;
    try {
      settled = complete && Date.now() - newest(DIST) > 5000;
    } catch {
      settled = false; // a file vanished while we looked: a build is running
    }
    if (settled) {
      const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-dist-'));
      cpSync(DIST, dir, { recursive: true });
      const same = required(DIST).every((f) => existsSync(join(DIST, f)) && sha256(join(DIST, f)) === sha256(join(dir, f)));
      if (same) return dir;
      rmSync(dir, { recursive: true, force: true }); // changed while copying: try again
    }
    if (Date.now() > deadline) throw new Error('dist/ is missing or still changing after 10 minutes: run make build');
    if (!said) log('dist/ is missing or being written (a build running?): waiting for it');
    said = true;
    await sleep(5000);
  }
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

// ---------------------------------------------------------------------------------------------------------------
// One run of one page in a fresh browser context

/** Answers in a fixed varied pattern (never the same twice in a row), identical for every page. */
const answerFor = (n, labels) => labels[[3, 4, 1, 2, 0][n % 5]];

async function runPage(browser, server, name, profile, questions) {
  const info = PAGE_INFO[name];
  const labels = questions.scale.map((point) => point.label);
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const errors = [];
  try {
    await context.addInitScript(installProbe, {
      kind: name,
      statements: questions.items.map((item) => item.text),
      labels,
      final: info.final,
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    const cdp = await context.newCDPSession(page);

    // Every response the page receives, from the browser's side.
    const responses = new Map();
    cdp.on('Network.responseReceived', ({ requestId, response }) =>
      responses.set(requestId, {
        url: response.url,
        status: response.status,
        encoding: response.headers['content-encoding'] || response.headers['Content-Encoding'] || null,
        wire: 0,
      }),
    );
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const entry = responses.get(requestId);
      if (entry) entry.wire = encodedDataLength;
    });
    cdp.on('Network.loadingFailed', ({ errorText, requestId }) =>
      errors.push(`request failed: ${responses.get(requestId)?.url ?? requestId} ${errorText}`),
    );
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile === 'cpu4x') await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    if (profile === 'slow3g') await cdp.send('Network.emulateNetworkConditions', SLOW_3G);

    await page.goto(`${server.url}${info.path}`, { waitUntil: 'commit', timeout: 60_000 });
    const startup = await page.evaluate(() => window.__bench.startup);
    const result = {
      profile,
      startup: {
        startUsable: startup.startUsable,
        q1Usable: startup.q1Usable,
        startClickToQ1: startup.q1Usable - startup.startClick,
      },
    };

    if (profile === 'cpu4x') {
      // 20 questions: a pointer click on an answer, then a pointer click on Next (Complete on SurveyJS's last page).
      const answers = [];
      const nexts = [];
      const total = questions.items.length;
      for (let n = 1; n <= total; n += 1) {
        for (const what of ['answer', 'next']) {
          const point = await page.evaluate(
            ([w, q, label]) => window.__bench.prepare(w, q, label),
            [what, n, answerFor(n, labels)],
          );
          await page.mouse.click(point.x, point.y);
          const sample = await page.evaluate(() => window.__bench.pending);
          (what === 'answer' ? answers : nexts).push(round(sample.ms, 2));
        }
      }
      await page.evaluate(() => window.__bench.finished());
      // Let pending work (storage writes, timers) settle, then collect garbage before reading the heap.
      await page.waitForTimeout(1000);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      // Wasm linear memory lives outside the JS heap (an ArrayBuffer backing store): find every
      // WebAssembly.Memory object by its prototype and sum their buffers.
      const proto = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
      const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
      const wasm = await cdp.send('Runtime.callFunctionOn', {
        objectId: found.objects.objectId,
        functionDeclaration: 'function () { return this.map((memory) => memory.buffer.byteLength); }',
        returnByValue: true,
      });
      const dom = await cdp.send('Memory.getDOMCounters').catch(() => null);
      result.interaction = {
        answerMs: answers,
        nextMs: nexts.slice(0, -1), // Next on questions 1..19: the next question painted
        finishMs: nexts.at(-1), // Next on question 20: the final screen painted (not comparable: see README)
      };
      result.memory = {
        jsHeapUsed: heap.usedSize,
        jsHeapTotal: heap.totalSize,
        wasmMemories: wasm.result.value,
        wasmMemory: wasm.result.value.reduce((a, b) => a + b, 0),
        domNodes: dom?.nodes ?? null,
        jsEventListeners: dom?.jsEventListeners ?? null,
      };
    }
    result.resources = [...responses.values()];
    const foreign = result.resources.filter((r) => !r.url.startsWith(server.url) && !r.url.startsWith('data:'));
    if (foreign.length) errors.push(`requests outside the bench server: ${foreign.map((r) => r.url).join(', ')}`);
    const bad = result.resources.filter((r) => r.url.startsWith(server.url) && r.status !== 200);
    if (bad.length) errors.push(`non-200 responses: ${bad.map((r) => `${r.status} ${r.url}`).join(', ')}`);
    if (errors.length) throw new Error(errors.join('; '));
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Transfer sizes: every file a page loaded, compressed as scripts/serve.mjs would send it

function transferOf(resources, server) {
  const table = mounts(distDir);
  const files = [];
  for (const resource of resources) {
    if (!resource.url.startsWith(server.url)) continue;
    const url = new URL(resource.url);
    const file = fileFor(url.pathname, table);
    if (!file || !existsSync(file)) throw new Error(`cannot map ${resource.url} to a file`);
    const raw = readFileSync(file);
    const compressible = COMPRESSIBLE.has(extname(file));
    files.push({
      path: url.pathname,
      file: file.startsWith(distDir) ? join('dist', relative(distDir, file)) : relative(REPO, file),
      raw: raw.length,
      gzip: compressible ? gzipSync(raw, { level: 9 }).length : raw.length,
      brotli: compressible
        ? brotliCompressSync(raw, {
            params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          }).length
        : raw.length,
      wire: resource.wire,
      servedAs: resource.encoding || 'identity',
    });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { files, count: files.length, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), wire: sum('wire') };
}

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
  distDir = await snapshotDist();
  const distHashes = Object.fromEntries(required(distDir).map((f) => [f, sha256(join(distDir, f))]));
  const distBuilt = new Date(Math.max(...required(DIST).map((f) => statSync(join(DIST, f)).mtimeMs))).toISOString();
  const pins = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).devDependencies;
  const versions = {};
  for (const pkg of ['survey-core', 'survey-js-ui', '@playwright/test']) {
    const manifest = join(REPO, 'node_modules', pkg, 'package.json');
    versions[pkg] = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : null;
    if (versions[pkg] !== pins[pkg])
      throw new Error(`node_modules has ${pkg} ${versions[pkg]}, package.json pins ${pins[pkg]}: run npm ci`);
  }

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
          const busy = await waitQuiet();
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

  // Aggregate: the median over runs of each run's value (for interactions, each run's median over its questions).
  const pages = {};
  for (const name of PAGES) {
    const cpu = samples[name].cpu4x || [];
    const slow = samples[name].slow3g || [];
    const first = cpu[0] || slow[0];
    const transfer = transferOf(first.resources, server);
    const lists = new Set(
      [...cpu, ...slow].map((r) =>
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
  }

  // The table.
  const cols = PAGES;
  const get = (name, path) => path.split('.').reduce((o, k) => (o == null ? null : o[k]), pages[name]);
  const rows = [
    ['files loaded', (n) => get(n, 'transfer.count'), 0],
    ['transfer raw (KB)', (n) => get(n, 'transfer.raw') / 1000, 1],
    ['transfer gzip-9 (KB, as served)', (n) => get(n, 'transfer.gzip') / 1000, 1],
    ['transfer brotli-11 (KB, info)', (n) => get(n, 'transfer.brotli') / 1000, 1],
    ['CPU 4x: Start usable (ms)', (n) => get(n, 'cpu4x.startUsableMs.median'), 0],
    ['CPU 4x: question 1 usable (ms)', (n) => get(n, 'cpu4x.q1UsableMs.median'), 0],
    ['slow 3G: Start usable (ms)', (n) => get(n, 'slow3g.startUsableMs.median'), 0],
    ['slow 3G: question 1 usable (ms)', (n) => get(n, 'slow3g.q1UsableMs.median'), 0],
    ['CPU 4x: answer click -> painted (ms)', (n) => get(n, 'cpu4x.answerMs.median'), 1],
    ['CPU 4x: Next click -> next question (ms)', (n) => get(n, 'cpu4x.nextMs.median'), 1],
    ['CPU 4x: Next click, p90 (ms)', (n) => get(n, 'cpu4x.nextP90Ms'), 1],
    ['JS heap after 20 answers (KB)', (n) => get(n, 'cpu4x.jsHeapUsed.median') / 1000, 0],
    ['wasm memory (KB)', (n) => get(n, 'cpu4x.wasmMemory.median') / 1000, 0],
    ['JS heap + wasm (KB)', (n) => get(n, 'cpu4x.heapPlusWasm.median') / 1000, 0],
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

  // The record.
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
      built: !flag('no-build'),
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
