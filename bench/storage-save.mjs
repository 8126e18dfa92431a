// How long one answer's save takes with a full history, at 4x CPU (a mid-range phone), in Debian's Chromium.
// Seeds N stored results, opens the demo page, starts a check-in, and reads the Event Timing API's processing
// time of each answer's click (the handler saves the draft: read, merge, write). Median of 7 answers per N.
// Usage: node bench/storage-save.mjs [--port 8271] [N ...]   (needs dist/ built; not part of make test)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const port = portAt >= 0 ? Number(args.splice(portAt, 2)[1]) : 8271;
const sizes = args.length ? args.map(Number) : [0, 250, 500, 1000, 2000, 4000];
const server = spawn('node', ['scripts/serve.mjs', '--root', 'dist', '--port', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  for (const size of sizes) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate((n) => {
      const results = Array.from({ length: n }, (_, i) => ({
        id: `${1600000000000 + i * 60000}-checkin-client`,
        instrument: 'checkin',
        version: 1,
        perspective: 'client',
        answers: [i % 11, 7, 8, 6],
        completed_at: 1600000000000 + i * 60000,
        label: i % 3 ? null : 'Team A',
      }));
      localStorage.setItem('rapport:default:data', JSON.stringify({ schema: 2, results, drafts: [] }));
    }, size);
    const bytes = await page.evaluate(() => localStorage.getItem('rapport:default:data').length);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const t0 = Date.now();
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    const startMs = Date.now() - t0;
    // The other questionnaires are one tap away (opened before the click timings start).
    await page.locator('details.rapport-choices > summary').click();
    await page.evaluate(() => {
      window.__clicks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === 'click') window.__clicks.push(entry.processingEnd - entry.processingStart);
        }
      }).observe({ type: 'event', durationThreshold: 0, buffered: false });
    });
    await page.getByRole('radio', { name: /Session check-in/ }).check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const times = [];
    for (let round = 0; round < 7; round += 1) {
      // Space picks without advancing, so every click below is one answer and one save on the same question.
      await page.getByRole('radio', { name: new RegExp(`^${round} of 10`) }).click({ noWaitAfter: true });
      await page.waitForTimeout(150);
    }
    times.push(...(await page.evaluate(() => window.__clicks)));
    console.log(
      `${String(size).padStart(5)} results, ${(bytes / 1024).toFixed(0).padStart(5)} KB stored: start ${startMs} ms, ` +
        `answer handler median ${median(times).toFixed(1)} ms (${times.length} clicks) at 4x CPU`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
