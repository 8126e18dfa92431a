// Issue 23 design (b) probe (docs/performance.md, "2026-12-04, late"): the split embed on embed.html under its strict
// CSP, to a result, the review and the data panel, and a chunk whose download fails. To run it: apply
// split-b.patch, `bash docs/experiments/measure-issue23.sh split`, assemble a site (embed.html and web/'s files at
// its root, an empty register-sw.js, web/v1/rapport.js in v1/, target/issue23/split/pkg/*.{js,wasm} and the
// stylesheet from build.rs's out dir in v1/pkg/, readings-en.json in v1/lang/), link it as dist/, copy this file
// into tests/e2e/ and run `E2E_PORT=<port> npx playwright test tests/e2e/split-b-probe.spec.mjs --config
// tests/playwright.config.mjs --project=desktop` (and --project=firefox).
import { test, expect } from './fixtures.mjs';
import { StartScreen } from './pages/start.mjs';
import { QuestionScreen } from './pages/question.mjs';
import { ResultScreen } from './pages/result.mjs';

test('split embed: answers to a result, the chunk fetched while answering', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(`${Date.now()} ${new URL(request.url()).pathname}`));
  const [startScreen, questionScreen, resultScreen] = [new StartScreen(page), new QuestionScreen(page), new ResultScreen(page)];
  await startScreen.open('/embed.html');
  expect(fetched.some((f) => f.includes('split_later'))).toBe(false);
  await startScreen.choose('Trust equation', 'About me');
  await startScreen.start();
  await questionScreen.expectQuestion(1, 20);
  await expect.poll(() => fetched.some((f) => f.includes('split_later'))).toBe(true);
  for (let number = 1; number <= 20; number += 1) {
    await questionScreen.pickAndAdvance('Agree', number, 20);
  }
  await expect(resultScreen.headline()).toHaveText('Trust index 57 of 100');
  await expect(page.getByTestId('score-credibility')).toHaveText('6.9 of 10');
  await page.screenshot({ path: 'target/issue23/split-result.png', fullPage: true });
  await page.reload();
  await startScreen.openLatestResult();
  await expect(resultScreen.headline()).toHaveText('Trust index 57 of 100');
  console.log(fetched.join('\n'));
});

test('split embed: the review and the data panel come from the chunk', async ({ page }) => {
  const [startScreen, questionScreen] = [new StartScreen(page), new QuestionScreen(page)];
  await startScreen.open('/embed.html');
  await page.getByText('Your data on this device').click();
  await expect(page.getByRole('button', { name: 'Download my results' })).toBeVisible();
  await startScreen.start();
  for (let number = 1; number <= 20; number += 1) {
    if (number === 3) {
      await page.getByRole('button', { name: 'Next' }).click();
      await questionScreen.expectQuestion(4, 20);
      continue;
    }
    await questionScreen.pickAndAdvance('Neither agree nor disagree', number, 20);
  }
  await expect(page.getByRole('button', { name: 'Go to the first one' })).toBeVisible();
  await page.screenshot({ path: 'target/issue23/split-review.png', fullPage: true });
});

import { test as plain } from '@playwright/test';
plain('split embed: a chunk that cannot be fetched is a notice with Try again, which then works', async ({ page }) => {
  let block = true;
  await page.route('**/split_later.wasm', (route) => (block ? route.abort() : route.continue()));
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`uncaught ${e.message}`));
  const [startScreen, questionScreen, resultScreen] = [new StartScreen(page), new QuestionScreen(page), new ResultScreen(page)];
  await startScreen.open('/embed.html');
  await startScreen.start();
  for (let number = 1; number <= 20; number += 1) await questionScreen.pickAndAdvance('Agree', number, 20);
  await expect(page.getByText(/this part of the assessment could not load/)).toBeVisible();
  block = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(resultScreen.headline()).toHaveText(/Trust index \d+ of 100/);
  console.log('console errors:', JSON.stringify(errors));
});
