// Shared test fixture: every test fails, in every engine, if a page logs a console error, throws an uncaught
// exception, leaves a promise rejection unhandled or reports a Content-Security-Policy violation. The last two are
// turned into console errors by a script that runs before any of the page's own.
import { test as base, expect } from '@playwright/test';

const REPORT_FROM_INSIDE = () => {
  window.addEventListener('unhandledrejection', (event) =>
    console.error(`unhandled rejection: ${event.reason?.message ?? event.reason}`),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile ?? ''}`),
  );
};

export const test = base.extend({
  // Reports the browser itself makes about something a test does on purpose, each matched whole against the problem
  // as recorded below (e.g. 'uncaught: ...'). Empty unless a spec sets it with test.use, for the tests that need it.
  expectedBrowserReports: [[], { option: true }],
  pageProblems: [
    async ({ page, expectedBrowserReports }, use) => {
      const problems = [];
      const record = (problem) => {
        if (!expectedBrowserReports.includes(problem)) problems.push(problem);
      };
      await page.addInitScript(REPORT_FROM_INSIDE);
      page.on('console', (message) => {
        if (message.type() === 'error') record(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => record(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
