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
    'printing the summary', // page.pdf() is Chromium's only
    // Dark mode and reduced motion: page.emulateMedia has no effect over BiDi in ESR 153, so these run in the
    // firefox-dark project below, whose whole browser prefers dark and reduced motion.
    'passes axe in dark mode',
    'dark mode really is dark',
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
        browserName: 'firefox',
        viewport: { width: 1280, height: 800 },
        launchOptions: { channel: 'moz-firefox', executablePath: '/usr/bin/firefox-esr' },
      },
      // What Firefox cannot run here, each with its reason in docs/browsers.md.
      grepInvert: FIREFOX_CANNOT_RUN,
    },
    {
      // The dark-mode tests in Firefox: emulateMedia does nothing over BiDi in ESR 153, so this browser is told to
      // prefer dark and reduced motion by its own preferences. 'dark mode really is dark' checks that it took.
      name: 'firefox-dark',
      timeout: 120_000,
      use: {
        browserName: 'firefox',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          channel: 'moz-firefox',
          executablePath: '/usr/bin/firefox-esr',
          firefoxUserPrefs: { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.prefersReducedMotion': 1 },
        },
      },
      grep: /passes axe in dark mode|dark mode really is dark/,
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
