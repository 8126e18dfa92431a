// What a click downloads, in every engine: the file's name, its text and a path to a copy on disk.
// Chromium: Playwright's `download` event and the file the browser saved (the assertion stays on the real download).
// Firefox over WebDriver BiDi: Playwright reports no download event there, so the widget's own request for a download
// is observed in the page: the Blob it handed to `URL.createObjectURL`, and the `<a download>` it clicked with that
// Blob's URL. The click still reaches Firefox unchanged; only a click on an anchor with a `download` name and a URL
// of a Blob made in this page counts, so a widget that stopped asking for a download still fails.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { test } from './fixtures.mjs';

const WATCH_DOWNLOADS = () => {
  if (window.__rapportTestDownloads) return;
  const downloads = [];
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    const url = createObjectURL.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = blobs.get(this.href);
    if (blob && this.download) downloads.push({ name: this.download, text: blob.text() });
    return click.call(this);
  };
  window.__rapportTestDownloads = downloads;
};

/** Runs `click`, waits for the download it starts, and returns `{ name, text, path }`. */
export async function downloaded(page, click) {
  if (page.context().browser()?.browserType().name() !== 'firefox') {
    const event = page.waitForEvent('download');
    await click();
    const download = await event;
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8'), path };
  }
  await page.evaluate(WATCH_DOWNLOADS);
  await click();
  const started = await page.waitForFunction(() => window.__rapportTestDownloads.length > 0);
  await started.dispose();
  const { name, text } = await page.evaluate(async () => {
    const { name, text } = window.__rapportTestDownloads.shift();
    return { name, text: await text };
  });
  const path = test.info().outputPath(name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return { name, text, path };
}
