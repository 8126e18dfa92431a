// Browser tests against the release build in dist/, served on loopback, in Debian's Chromium.
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 8181);

// Chromium flags for running as root with no network but loopback (see shared/TOOLCHAIN.md).
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
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

// Tests Firefox (ESR 153 over WebDriver BiDi) does not run, by title; docs/browsers.md gives each one's reason.
const FIREFOX_CANNOT_RUN = new RegExp(
  [
    '@phone', // touch and mobile emulation: Playwright has none for Firefox
    'passes axe', // axe's injected checks and Playwright's screenshots add an inline <style>: a strict page reports it
    'pass axe at 360 px', // the check-in's axe scan, listed in docs/browsers.md with the others; the pattern above missed it
    'dark mode really is dark',
    'kept as screenshots',
    'QR code on the summary page decodes',
    'compare their views of the alliance',
    'a group summary shows mean',
    "a facilitator's start QR",
    "keep someone else's result",
    'damaged stored data keeps what is valid',
    'export on one device, import on another',
    'printing the summary', // page.pdf() is Chromium's only
    'messages that are not from a rapport frame', // Firefox logs postMessage to a foreign target origin as an error
    'in a sandboxed iframe the widget completes',
    'the embed builder makes escaped snippets',
    'a question left unanswered is named before the result', // Playwright's BiDi click: "detached", retried forever
    'answering every trust question by keyboard', // times out over BiDi since its pause runs on page.clock
    // Playwright's BiDi Firefox reports no download event: page.waitForEvent('download') times out.
    'no room for the backup: the unreadable data is never overwritten',
    'storage full while answering: every answer counts',
  ]
    .map((title) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: CHROMIUM,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } }, grepInvert: /@phone/ },
    {
      name: 'phone',
      use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true },
      grep: /@phone/,
    },
    {
      name: 'firefox',
      // Firefox over BiDi is slower than Chromium over CDP: the 20-question walks need more than 60 s when the
      // machine is busy (seen: the 320 px walk, 1.1 min). Assertions are the same.
      timeout: 120_000,
      use: {
        // Playwright's failure screenshot adds an inline <style> that our strict pages report as a violation,
        // hiding the real failure behind it.
        screenshot: 'off',
        browserName: 'firefox',
        viewport: { width: 1280, height: 800 },
        launchOptions: { channel: 'moz-firefox', executablePath: '/usr/bin/firefox-esr' },
      },
      // What Firefox cannot run here, each with its reason in docs/browsers.md.
      grepInvert: FIREFOX_CANNOT_RUN,
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --root dist --extra tests/pages --port ${PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 15_000,
  },
});
