// Shared builders for what specs store, read and link, so that a change of the storage schema or of the share
// link's shape is made here once, not in every spec that copied a literal.

/** The localStorage key of a namespace's data (crates/core storage schema). */
export const storageKey = (namespace = 'default') => `rapport:${namespace}:data`;

/** Where unreadable data is set aside rather than deleted. */
export const backupKey = (namespace = 'default') => `rapport:${namespace}:backup`;

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

/** A share code in the core's format, for specs that need a fragment to be present, not a particular result. */
export const A_SHARED_CODE = 'BguEMn34SwD';

/** The three places unreadable data is set aside, in the order they are used. */
export const backupKeys = (namespace = 'default') => [
  backupKey(namespace),
  `${backupKey(namespace)}-2`,
  `${backupKey(namespace)}-3`,
];

/** A stored check-in result from an earlier visit: the result that must never be lost. */
export const EARLIER = {
  id: '1700000000000-checkin-client',
  instrument: 'checkin',
  version: 1,
  perspective: 'client',
  answers: [7, 8, 6, 7],
  completed_at: 1700000000000,
};

/** The stored data (schema 2) holding `results` and no drafts. */
export const envelope = (results = [EARLIER]) => JSON.stringify({ schema: 2, results, drafts: [] });

/** Stores each `{ key: text }` pair. */
export const putStored = (page, entries) =>
  page.evaluate((pairs) => {
    for (const [key, value] of pairs) localStorage.setItem(key, value);
  }, Object.entries(entries));

/** Fills the origin's storage until even a small write fails (bounded loops); returns how many fillers. */
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
