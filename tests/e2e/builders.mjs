// Shared builders for what specs store, read and link, so that a change of the storage schema or of the share
// link's shape is made here once, not in every spec that copied a literal.

/** The localStorage key of a namespace's data (crates/core storage schema). */
export const storageKey = (namespace = 'default') => `rapport:${namespace}:data`;

/** Where unreadable data is set aside rather than deleted. */
export const backupKey = (namespace = 'default') => `rapport:${namespace}:backup`;

/** The three slots unreadable data can be set aside in, first to last. */
export const backupKeys = (namespace = 'default') => [1, 2, 3].map((n) => backupKey(namespace) + (n > 1 ? `-${n}` : ''));

/** The text stored under `key`, or null. */
export const readStored = (page, key = storageKey()) => page.evaluate((k) => localStorage.getItem(k), key);

/** Replaces what is stored under `key`, as damage or another version would. */
export const writeStored = (page, key, text) => page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, text]);

/** Every localStorage key rapport owns, sorted. */
export const rapportKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('rapport:')).sort());

/** The ids of the results stored in a namespace. */
export const storedResultIds = (page, namespace = 'default') =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key)).results.map((result) => result.id), storageKey(namespace));

/** A page path with a share code in its fragment (`#r=`: a result someone shared). */
export const withSharedCode = (path, code) => `${path}#r=${code}`;

/** A page path with several share codes in its fragment (`#r=A&r=B`: opened side by side). */
export const withSharedCodes = (path, codes) => `${path}#${codes.map((code) => `r=${code}`).join('&')}`;

/** A share code in the core's format, for specs that need a fragment to be present, not a particular result. */
export const A_SHARED_CODE = 'BguEMn34SwD';

/**
 * Fills the origin's storage until even a one-character write fails (bounded loops, largest chunks first), as a
 * host page or a huge history would. Returns how many filler keys were written (`filler-0` ...).
 */
export const fillStorage = (page) =>
  page.evaluate(() => {
    let count = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16, 1]) {
      const chunk = 'x'.repeat(size);
      for (let i = 0; i < 64; i += 1) {
        try {
          localStorage.setItem(`filler-${count}`, chunk);
          count += 1;
        } catch {
          break;
        }
      }
    }
    return count;
  });

/** Removes the filler keys [`fillStorage`] wrote. */
export const freeStorage = (page, fillers) =>
  page.evaluate((n) => {
    for (let i = 0; i < n; i += 1) localStorage.removeItem(`filler-${i}`);
  }, fillers);

/** A stored result record as the core's schema 2 keeps it: answers only, never scores. */
export const storedResult = ({ instrument, version, perspective, answers, completedAt }) => ({
  id: `${completedAt}-${instrument}-${perspective}`,
  instrument,
  version,
  perspective,
  answers,
  completed_at: completedAt,
});

/** The text kept under `storageKey()`: schema 2 with these results and drafts. */
export const storedEnvelope = (results = [], drafts = []) => JSON.stringify({ schema: 2, results, drafts });

/** Before any page script, stores `text` under `key` unless something is there already; only on our pages (Firefox
 * runs init scripts on the first about:blank too, where storage is refused). */
export const seedStored = (page, text, key = storageKey()) =>
  page.addInitScript(
    ([k, v]) => {
      if (!location.protocol.startsWith('http')) return;
      if (!localStorage.getItem(k)) localStorage.setItem(k, v);
    },
    [key, text],
  );

/** The share code in a share link (`...#r=CODE`). */
export const codeOfLink = (link) => new URL(link).hash.slice('#r='.length);

/** A stored check-in result from an earlier visit: the result the fault table asserts is never lost. */
export const EARLIER = storedResult({
  instrument: 'checkin',
  version: 1,
  perspective: 'client',
  answers: [7, 8, 6, 7],
  completedAt: 1700000000000,
});

/** The stored data holding `results` (by default [`EARLIER`]) and no drafts. */
export const envelope = (results = [EARLIER]) => storedEnvelope(results);

/** Stores each `{ key: text }` pair (a Playwright page or the WebKit tests' session: anything with `evaluate`). */
export const putStored = (page, entries) =>
  page.evaluate((pairs) => {
    for (const [key, value] of pairs) localStorage.setItem(key, value);
  }, Object.entries(entries));

/**
 * From now on, every read of `key` in the page's next task returns what is stored now (a Playwright page or the
 * WebKit tests' session): what a tab in another process can see when two tabs write within milliseconds (Chromium
 * syncs localStorage between processes asynchronously; WebDriver clicks one window at a time, so the staleness is
 * made). Stale for every read of the task that handles the next answer (it saves the draft, then the result).
 */
export const makeReadsStale = (page, key = storageKey()) =>
  page.evaluate((k) => {
    const read = Storage.prototype.getItem;
    const stale = read.call(localStorage, k);
    let lagging = true;
    Storage.prototype.getItem = function getItem(wanted) {
      if (lagging && wanted === k) {
        setTimeout(() => {
          lagging = false;
        }, 0);
        return stale;
      }
      return read.call(this, wanted);
    };
  }, key);
