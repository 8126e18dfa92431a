// Shared test fixture: every test fails if the page logs a console error or throws an uncaught exception.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  pageProblems: [
    async ({ page }, use) => {
      const problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
