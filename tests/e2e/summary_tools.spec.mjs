// The standalone summary page's tools, fed with real links made by the widget: the QR code decodes to the link,
// the printed summary is one page, a coach and a client compare their views, and a group is summarised without
// singling anyone out.
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';
import { finishCheckIn } from './pages/flows.mjs';
import { codeOfLink, withSharedCodes } from './builders.mjs';

/** Finishes a check-in with `values` on the demo page and returns its share link. */
async function checkInLink(page, values, perspective = 'I am the client') {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await finishCheckIn(widget.page, values, { perspective, scope: widget.scope });
  return page.getByTestId('share-link').inputValue();
}

/** Finishes the working alliance with one answer per factor (goals, tasks, bond) and returns its share link. */
async function allianceLink(page, perspective, pattern) {
  const widget = new Widget(page);
  await widget.startScreen.open();
  await widget.startScreen.choose('Working alliance', perspective);
  await widget.startScreen.start();
  for (let number = 1; number <= 12; number += 1) {
    await widget.question.pickAndAdvance(pattern[(number - 1) % 3], number, 12);
  }
  await expect(widget.result.headline()).toBeVisible();
  return page.getByTestId('share-link').inputValue();
}

test('the QR code on the summary page decodes to the share link', async ({ page }) => {
  const link = await checkInLink(page, [7, 8, 6, 9]);
  await page.goto(link);
  const qr = page.getByRole('img', { name: 'QR code of the link to this result' });
  await expect(qr).toBeVisible();
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(link);
});

test('printing the summary gives one clean page', async ({ page }) => {
  const link = await allianceLink(page, 'I am the client', ['Always', 'Fairly often', 'Sometimes']);
  await page.goto(link);
  await expect(page.getByTestId('headline')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Take it yourself' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBe(1);
});

test('a coach and a client compare their views of the alliance, largest gap named', async ({ page }) => {
  const client = await allianceLink(page, 'I am the client', ['Always', 'Fairly often', 'Sometimes']);
  await page.evaluate(() => localStorage.clear());
  const coach = await allianceLink(page, 'I am the coach', ['Always', 'Always', 'Always']);

  // Two links in one fragment open side by side.
  await page.goto(withSharedCodes('/summary.html', [codeOfLink(client), codeOfLink(coach)]));
  await expect(page.getByRole('heading', { name: 'Compare two views of one relationship' })).toBeVisible();
  await expect(page.getByTestId('largest-gap')).toContainText('Bond');
  await expect(page.getByTestId('gap-bond')).toContainText('3.0');
  await expect(page.getByTestId('gap-goals')).toContainText('0.0');
  await page.screenshot({ path: test.info().outputPath('compare.png'), fullPage: true });

  // Pasting works too, and two results from the same side are refused with a reason.
  await page.goto('/summary.html');
  await page.getByRole('button', { name: 'Compare two results' }).click();
  await page.getByLabel('First link').fill(client);
  await page.getByLabel('Second link').fill(client.replace(/#r=.*/, `#r=${codeOfLink(client)}`));
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(/same side/);
});

test('a group summary shows mean, spread and count from three links, and nothing from two', async ({ page }) => {
  const links = [];
  for (const values of [
    [8, 8, 8, 8],
    [6, 6, 6, 6],
    [4, 4, 4, 4],
  ]) {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    links.push(await checkInLink(page, values));
  }
  await page.goto('/summary.html');
  await page.getByRole('button', { name: 'Summarise a group' }).click();
  const pasted = page.getByLabel('Share links');
  await pasted.fill(links.slice(0, 2).join('\n'));
  await page.getByRole('button', { name: 'Summarise' }).click();
  await expect(page.getByTestId('group-too-small')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  await pasted.fill([...links, links[0], 'not a link'].join('\n'));
  await expect(page.getByTestId('group-too-small')).toBeHidden();
  const row = page.locator('[data-testid^="group-"]').first();
  // Three check-ins at 8, 6 and 4 on every item: mean 6.0, population spread 1.6, range 4.0 to 8.0.
  await expect(row).toContainText('6.0');
  await expect(row).toContainText('1.6');
  await expect(row).toContainText('4.0 to 8.0');
  await expect(page.getByRole('heading', { name: 'Session check-in · I am the client · 3 results' })).toBeVisible();
  await expect(page.getByText('1 link could not be read and was left out.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('group.png'), fullPage: true });
});

test('a facilitator\'s start QR opens the chosen questionnaire on a phone', async ({ page }) => {
  await page.goto('/summary.html');
  await page.getByRole('button', { name: 'Make a start QR code' }).click();
  await page.getByRole('radio', { name: 'Working alliance' }).check();
  await page.getByRole('radio', { name: 'I am the coach' }).check();
  const link = await page.getByTestId('start-link').inputValue();
  expect(link).toMatch(/\/\?instrument=alliance&perspective=coach&lang=en$/);
  const qr = page.getByRole('img', { name: 'QR code that starts the questionnaire' });
  const png = PNG.sync.read(await qr.screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(link);

  await page.goto(link);
  await new Widget(page).startScreen.openChoices();
  await expect(page.getByRole('radio', { name: /Working alliance/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Trust equation/ })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'I am the coach' })).toBeChecked();
});
