// A prospective client's result: plain words about their own answers first (the formula one tap away), questions
// to bring to a first conversation (copied, emailed with the summary, and beside the coach's booking link), and a
// share area ordered by what people do most. Screenshots of each result and the share area at 360 by 740 and
// 1280 by 800 go into test-results.
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';
import { finishCheckIn } from './pages/flows.mjs';

const BOOK = 'https://ana-coaching.example/book';
const withBooking = (path) => `${path}${path.includes('?') ? '&' : '?'}cta-url=${encodeURIComponent(BOOK)}&cta-label=Book%20a%20free%20call`;

/** Finishes the trust equation about oneself, with reliability and intimacy answered lower than the rest. */
async function finishTrust(widget) {
  await widget.startScreen.start();
  for (let number = 1; number <= 20; number += 1) {
    await widget.question.pickAndAdvance(number % 4 === 2 ? 'Disagree' : 'Agree', number, 20);
  }
  await expect(widget.result.headline()).toHaveText(/^Trust index \d+ of 100$/);
}

async function finishAlliance(widget, perspective, answers) {
  await widget.startScreen.choose('Working alliance', perspective);
  await widget.startScreen.start();
  for (let number = 1; number <= 12; number += 1) {
    await widget.question.pickAndAdvance(answers[(number - 1) % answers.length], number, 12);
  }
  await expect(widget.result.headline()).toHaveText(/^Working alliance .* of 5 on average$/);
}

/** The vertical order of some elements on the page, top first, by their accessible names given. */
async function topOf(locator) {
  const box = await locator.boundingBox();
  return box.y;
}

async function screenshots(page, testInfo, name) {
  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
}

test('a trust result leads with plain words, keeps the formula one tap away, and offers questions to bring', async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = new Widget(page);
  await widget.startScreen.open(withBooking('/'));
  await finishTrust(widget);
  const lead = page.getByTestId('lead');
  await expect(lead).toHaveText(/comes out strongest in these answers, and .+ has the most room to grow\. What to try first: /);
  // The formula and its scale are there, one tap away, not in the first lines.
  const formula = page.getByText(/^Trust = \(credibility \+ reliability \+ intimacy\) \/ self-orientation = /);
  await expect(formula).toBeHidden();
  await page.getByText('How this is worked out').click();
  await expect(formula).toBeVisible();
  await expect(formula).toContainText('on a scale from 0.3 to 30');

  const conversation = page.getByRole('region', { name: 'Bring this to a first conversation' });
  const questions = conversation.getByRole('listitem');
  await expect(questions).toHaveCount(3);
  for (const question of await questions.allTextContents()) expect(question).toMatch(/\?$/);
  // The coach's booking link sits right below the questions, before anything about sharing.
  const book = page.getByRole('link', { name: 'Book a free call' });
  await expect(book).toHaveAttribute('href', BOOK);
  expect(await topOf(book)).toBeGreaterThan(await topOf(conversation));
  expect(await topOf(book)).toBeLessThan(await topOf(page.getByRole('region', { name: 'Share this result' })));

  await conversation.getByRole('button', { name: 'Copy the questions' }).click();
  await expect(page.getByText('Questions copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const asked = await questions.allTextContents();
  expect(copied).toBe(`Bring this to a first conversation:\n${asked.map((q) => `- ${q}`).join('\n')}`);
  // The email to the coach carries them with the summary.
  const mail = await page.getByRole('link', { name: 'Email to my coach' }).getAttribute('href');
  expect(decodeURIComponent(mail.split('&body=')[1])).toContain(copied);
  await screenshots(page, testInfo, 'result-trust');
  await page.getByRole('region', { name: 'Share this result' }).screenshot({ path: testInfo.outputPath('share-area.png') });
});

test('the share area puts copy link and email to the coach first, and the rest after', async ({ page }, testInfo) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await finishTrust(widget);
  const share = page.getByRole('region', { name: 'Share this result' });
  const controls = await share.locator('button:visible, a:visible, input:visible').evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('aria-label') || element.textContent.trim() || element.type),
  );
  expect(controls.slice(0, 2)).toEqual(['Copy link', 'Email to my coach']);
  expect(controls).toContain('Copy text summary');
  // Without a booking link there is no call to action at all.
  await expect(page.locator('.rapport-cta:visible')).toHaveCount(0);
  await page.setViewportSize({ width: 360, height: 740 });
  await share.screenshot({ path: testInfo.outputPath('share-area-360.png') });
});

test('the alliance from the coach\'s side asks the client, and keeps its sum one tap away', async ({ page }, testInfo) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await finishAlliance(widget, 'I am the coach', ['Always', 'Very often', 'Sometimes']);
  await expect(page.getByTestId('lead')).toHaveText(/comes out strongest in these answers/);
  const sum = page.getByText(/^All twelve answers add up to \d+ of 60/);
  await expect(sum).toBeHidden();
  await page.getByText('How this is worked out').click();
  await expect(sum).toBeVisible();
  const ask = page.getByRole('region', { name: 'Ask your client at your next session' });
  await expect(ask.getByRole('listitem')).toHaveCount(2);
  await screenshots(page, testInfo, 'result-alliance-coach');
});

test('a check-in leads with its highest and lowest answer and its trend', async ({ page }, testInfo) => {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await finishCheckIn(page, [8, 7, 3, 9]);
  await expect(page.getByTestId('lead')).toHaveText(
    'Overall comes out strongest in these answers, and Approach has the most room to grow. Its value is the trend: take it after each session and watch how it moves.',
  );
  await expect(page.getByText('The four answers, each from 0 to 10, add up to the total out of 40.')).toBeHidden();
  const bring = page.getByRole('region', { name: 'Bring this to a first conversation' });
  await expect(bring.getByRole('listitem').first()).toHaveText('What about how we worked today would I like more of, or less of?');
  await screenshots(page, testInfo, 'result-checkin');
});

test('in the embed, the questions sit right above the coach\'s booking link, then the way to share', async ({
  page,
}, testInfo) => {
  const widget = new Widget(page);
  await widget.startScreen.open(withBooking('/embed.html?instrument=alliance&perspective=client'));
  await finishAlliance(widget, 'I am the client', ['Always', 'Seldom', 'Fairly often']);
  const bring = page.getByRole('region', { name: 'Bring this to a first conversation' });
  await expect(bring.getByRole('listitem')).toHaveCount(2);
  // No clipboard code in the embed: the questions are text to select, and the summary page has the copy button.
  await expect(bring.getByRole('button')).toHaveCount(0);
  const book = page.getByRole('link', { name: 'Book a free call' });
  const share = page.getByRole('link', { name: 'Share or print this result' });
  expect(await topOf(book)).toBeGreaterThan(await topOf(bring));
  expect(await topOf(share)).toBeGreaterThan(await topOf(book));
  await screenshots(page, testInfo, 'result-embed-alliance');
});
