// How the benchmark measures (bench/README.md): one run of one page in a fresh browser context, under a CPU or
// network profile, with the machine quiet first; the snapshot of dist/ every run is served from; and the transfer
// size of every file a page loaded. bench/run.mjs runs it; bench/report.mjs sums it up.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

import { PAGE_INFO } from './peers.mjs';
import { installProbe } from './probe.mjs';
import { COMPRESSIBLE, fileFor, mounts } from './server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = join(HERE, '..');
export const DIST = join(REPO, 'dist');

// The same flags as tests/playwright.config.mjs (shared/TOOLCHAIN.md: root, no network but loopback).
export const LAUNCH = {
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
export const VIEWPORT = { width: 400, height: 800 };
export const CPU_RATE = 4;
// Chrome DevTools' "3G" preset (called "Slow 3G" before May 2024), as in devtools-frontend's NetworkManager.ts:
// ~500 kbit/s * 0.8 each way and 400 ms RTT * 5 of request latency (DevTools' own factor for emulated latency).
export const SLOW_3G = {
  offline: false,
  latency: 400 * 5,
  downloadThroughput: ((500 * 1000) / 8) * 0.8,
  uploadThroughput: ((500 * 1000) / 8) * 0.8,
};
// Issue 23's phone: CPU 4x together with 400 ms of request latency and 400 kbit/s each way (the profile its
// figures were taken on: 4.0 s to question 1 on a0400ed, the vanilla page 0.96 s).
export const PHONE = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
};

// ---------------------------------------------------------------------------------------------------------------
// Numbers and waiting

export const median = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
export const quantile = (values, q) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.floor(q * v.length))] : null;
};
export const round = (x, digits = 1) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));
export const withTimeout = (promise, ms, what) => {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
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
 * This machine has 2 cores and others build on it: before a measured run, wait (up to `quietWaitS` seconds)
 * until less than `quietBelow` of the CPU is busy. Returns the share busy when the run starts, kept with the run's samples.
 */
export async function waitQuiet({ quietWaitS: QUIET_WAIT_S, quietBelow: QUIET_BELOW, log }) {
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

// ---------------------------------------------------------------------------------------------------------------
// What is served: a snapshot of dist/

// The embed's files: the stable loader and the content-hashed glue and wasm it loads (names found in dir).
export const required = (dir) => {
  let names = [];
  try {
    names = readdirSync(join(dir, 'v1/pkg'));
  } catch {
    // not built yet
  }
  const find = (pattern) => names.find((name) => pattern.test(name)) ?? 'missing';
  return ['v1/rapport.js', `v1/pkg/${find(/^widget\.[0-9a-f]{10}\.js$/)}`, `v1/pkg/${find(/^widget_bg\.[0-9a-f]{10}\.wasm$/)}`];
};

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
export async function snapshotDist(log) {
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

export const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

// ---------------------------------------------------------------------------------------------------------------
// One run of one page in a fresh browser context

/** Answers in a fixed varied pattern (never the same twice in a row), identical for every page. */
const answerFor = (n, labels) => labels[[3, 4, 1, 2, 0][n % 5]];

export async function runPage(browser, server, name, profile, questions) {
  const info = PAGE_INFO[name];
  const labels = questions.scale.map((point) => point.label);
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const errors = [];
  try {
    await context.addInitScript(installProbe, {
      kind: name,
      shadow: Boolean(info.shadow),
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
    if (profile === 'cpu4x' || profile === 'phone') await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    if (profile === 'slow3g') await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    if (profile === 'phone') await cdp.send('Network.emulateNetworkConditions', PHONE);

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

export function transferOf(resources, server, distDir) {
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
