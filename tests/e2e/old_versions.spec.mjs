// Results answered before the questions changed (trust equation and working alliance, version 1) still open with
// their original scores, and say that the questions have since changed. The codes and the stored text below were
// made by rapport before version 2 (crates/core/tests/versions.rs checks the same ones and their arithmetic).
import { test, expect } from './fixtures.mjs';
import { Widget } from './pages/widget.mjs';

const OLD_TRUST_LINK = 'BAwOXyc5M9tVPv0FuYQH1Y';
const OLD_STORAGE =
  '{"schema":2,"results":[{"id":"1763900000000-trust-self","instrument":"trust","version":1,"perspective":"self",' +
  '"answers":[4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4],"completed_at":1763900000000}],"drafts":[]}';
const NOTE = /^The questions have changed since this result was answered/;

test('an old share link opens with its version 1 scores and the note that the questions changed', async ({ page }) => {
  await page.goto(`/summary.html#r=${OLD_TRUST_LINK}`);
  // Version 1, all "Agree": C = 7.75, S = 3.25, index 69 (version 2 would give 57 for the same answers).
  await expect(page.getByTestId('headline')).toHaveText('Trust index 69 of 100');
  await expect(page.getByTestId('score-credibility')).toHaveText('7.8 of 10');
  await expect(page.getByTestId('edition-note')).toHaveText(NOTE);
  await expect(page.getByText(/not a clinical or psychological test/)).toBeVisible();
});

test('an old stored result opens with its version 1 score and the note; a new result has no note', async ({ page }) => {
  await page.addInitScript((stored) => {
    // Only on our pages: Firefox runs init scripts on the first about:blank too, where storage is refused.
    if (!location.protocol.startsWith('http')) return;
    if (!localStorage.getItem('rapport:default:data')) localStorage.setItem('rapport:default:data', stored);
  }, OLD_STORAGE);
  const widget = new Widget(page);
  await widget.open('/');
  await expect(widget.history()).toHaveText([/Trust equation · Trust index 69 of 100$/]);
  await widget.openLatestResult();
  await expect(widget.headline()).toHaveText('Trust index 69 of 100');
  await expect(page.getByTestId('edition-note')).toHaveText(NOTE);

  // A new result on version 2, compared with the old one: the change is shown, with a word on the versions.
  await page.getByRole('button', { name: 'Back to start' }).click();
  await widget.choose('Trust equation', 'About me');
  await widget.start();
  for (let number = 1; number <= 20; number += 1) await widget.pickAndAdvance('Agree', number, 20);
  await expect(widget.headline()).toHaveText('Trust index 57 of 100');
  await expect(page.getByTestId('edition-note')).toBeHidden();
  await expect(page.getByText(/^These results come from different versions of the questions/)).toBeVisible();
});
