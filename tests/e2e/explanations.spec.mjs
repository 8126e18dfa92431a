// A result's explanations (each part's reading, the lead's first step, the questions to bring along) are not in
// the first download: they come in `v1/lang/readings-<tag>.json`, fetched when a questionnaire starts. A person
// never waits for them at the end and never loses a result to them: when the file is slow or fails, the result
// shows its scores and ethics note at once, says the explanations are missing, offers to try again, and fills
// them in when they arrive.
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';
import { finishCheckIn } from './pages/flows.mjs';

const READINGS = /\/v1\/lang\/readings-en\.[0-9a-f]{10}\.json$/;
const ETHICS = /not a clinical or psychological test or a diagnosis/;
const FAILED = 'The explanations of these answers could not be loaded: the connection may be down. Your scores are complete.';
const LOADING = 'The explanations of these answers are still loading.';

/** Finishes the trust equation about oneself in `widget`, reliability and intimacy answered lower than the rest. */
async function finishTrust(widget) {
  await widget.startScreen.start();
  for (let number = 1; number <= 20; number += 1) {
    await widget.question.pickAndAdvance(number % 4 === 2 ? 'Disagree' : 'Agree', number, 20);
  }
  await expect(widget.result.headline()).toHaveText(/^Trust index \d+ of 100$/);
}

test('on a coach page the explanations download when a questionnaire starts, never with the first load', async ({ page }) => {
  const asked = [];
  page.on('request', (request) => {
    if (READINGS.test(request.url())) asked.push(request.url());
  });
  await page.goto('/test/strict.html');
  const checkin = new Widget(page, page.locator('#checkin'));
  await expect(checkin.startScreen.startButton()).toBeVisible();
  // Both widgets are mounted and idle: nothing but the first load has been asked for.
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
  await checkin.startScreen.start();
  await checkin.question.expectQuestion(1, 4);
  await expect.poll(() => asked.length, { message: 'asked for at Start, before any answer' }).toBe(1);
  for (const [index, value] of [3, 5, 7, 9].entries()) {
    await checkin.question.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4);
  }
  await expect(checkin.result.headline()).toHaveText('Check-in 24 of 40');
  await expect(checkin.scope.getByRole('heading', { name: 'Bring this to a first conversation' })).toBeVisible();
  await expect(checkin.scope.getByTestId('explanations-status')).toBeHidden();
  // The page's other widget shares the file: its result needs no second download.
  await finishTrust(new Widget(page, page.locator('#trust')));
  await expect(page.locator('#trust').getByText('What to try first:')).toBeVisible();
  expect(asked).toHaveLength(1);
});

test('when the explanations cannot be fetched the result still shows its scores and ethics note, says so, and fills them in on retry', async ({
  page,
  pageProblems,
}) => {
  let attempts = 0;
  await page.route(READINGS, (route) => {
    attempts += 1;
    return attempts <= 2 ? route.abort() : route.continue();
  });
  await page.goto('/test/strict.html');
  const trust = new Widget(page, page.locator('#trust'));
  await finishTrust(trust);
  // Asked at Start (failed), and once more on finishing (failed): the result does not wait for either.
  expect(attempts).toBe(2);
  const status = trust.scope.getByTestId('explanations-status');
  await expect(status).toContainText(FAILED);
  await expect(trust.scope.getByTestId('score-credibility')).toHaveText(/^\d+\.\d of 10$/);
  await expect(trust.scope.getByText(ETHICS)).toBeVisible();
  await expect(trust.scope.getByTestId('lead')).toContainText('has the most room to grow');
  await expect(trust.scope.getByTestId('lead')).not.toContainText('What to try first');
  await expect(trust.scope.getByRole('heading', { name: 'Bring this to a first conversation' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('explanations-failed.png'), fullPage: true });

  const retry = status.getByRole('button', { name: 'Try again' });
  await retry.click();
  await expect(status).toBeHidden();
  expect(attempts).toBe(3);
  await expect(trust.scope.getByTestId('lead')).toContainText('What to try first: ');
  await expect(trust.scope.getByRole('heading', { name: 'Bring this to a first conversation' })).toBeVisible();
  await expect(trust.scope.getByRole('heading', { name: /^Biggest opportunity: / })).toBeVisible();
  await expect(trust.scope.locator('.rapport-reading p').first()).toHaveText(/^Your answers suggest /);
  // Focus is not lost with the button: the screen is drawn again and its heading takes it.
  await expect(trust.result.headline()).toBeFocused();
  await expect(trust.scope.getByText(ETHICS)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('explanations-filled-in.png'), fullPage: true });
  // The two failed fetches are logged by the browser itself; nothing else went wrong.
  expect(pageProblems.filter((problem) => !/Failed to load resource|net::ERR_FAILED/.test(problem))).toEqual([]);
  pageProblems.length = 0;
});

// Our own page registers a service worker, which would answer from its cache: the route must see the fetch.
test.describe('on our own page', () => {
  test.use({ serviceWorkers: 'block' });

  test('a slow explanations file: the result shows at once, says they are loading, and fills them in when they arrive', async ({
    page,
  }) => {
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route(READINGS, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await finishCheckIn(page, [3, 5, 7, 9]);
    const status = page.getByTestId('explanations-status');
    await expect(status).toContainText(LOADING);
    await expect(status.getByRole('button', { name: 'Try again' })).toBeHidden();
    await expect(page.getByText(ETHICS)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Bring this to a first conversation' })).toBeHidden();
    release();
    await expect(status).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Bring this to a first conversation' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy the questions' })).toBeVisible();
    // The summary to copy carries them too (our pages: the share panel is drawn again with the screen).
    await expect(page.getByTestId('share-text')).toHaveValue(/Bring this to a first conversation:\n- /);
  });

  test('on a phone, the missing explanations notice and its Try again fit the screen and work by touch @phone', async ({
    page,
    pageProblems,
  }) => {
    let fail = true;
    await page.route(READINGS, (route) => (fail ? route.abort() : route.continue()));
    await page.goto('/?instrument=checkin&perspective=client');
    const checkin = new Widget(page);
    await checkin.startScreen.start();
    for (const [index, value] of [3, 5, 7, 9].entries()) {
      await checkin.question.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, 4, { tap: true });
    }
    await expect(checkin.result.headline()).toHaveText('Check-in 24 of 40');
    const status = checkin.scope.getByTestId('explanations-status');
    await expect(status).toContainText(FAILED);
    const retry = status.getByRole('button', { name: 'Try again' });
    const box = await retry.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360, `Try again within 360 px: ${JSON.stringify(box)}`).toBe(true);
    await expect(checkin.scope.getByText(ETHICS)).toBeVisible();
    await status.screenshot({ path: test.info().outputPath('explanations-failed-phone.png') });
    fail = false;
    await retry.tap();
    await expect(status).toBeHidden();
    await expect(checkin.scope.getByRole('heading', { name: 'Bring this to a first conversation' })).toBeVisible();
    expect(pageProblems.filter((problem) => !/Failed to load resource|net::ERR_FAILED/.test(problem))).toEqual([]);
    pageProblems.length = 0;
  });
});
