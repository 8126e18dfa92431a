// What every WebKit test file shares: its own Xvfb, WebKitWebDriver and file server (started once per file, on
// ports beside the Playwright server's so a run in parallel with the other engines never collides), fresh
// sessions, and `check`: a test that also fails on any problem a page recorded (tests/pages/record-events.js,
// which the server adds to every page: uncaught errors, unhandled rejections, console errors, CSP violations),
// since this driver cannot read the console. Run by scripts/e2e.sh: node --test tests/webkit/, one file at a time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session, startServices, stopServices } from './driver.mjs';
import { Widget } from './widget.mjs';

export const PORT = Number(process.env.E2E_PORT || 8181);
// Each test file runs in its own process (one after the other): the same ports serve each in turn.
export const SERVER_PORT = PORT + 2;
const DRIVER_PORT = PORT + 3;
/** A port for a test's own extra server (the offline test's release). */
export const SPARE_PORT = PORT + 4;
export const BASE = `http://127.0.0.1:${SERVER_PORT}`;
/** The same server under another origin (cross-origin embedding). */
export const OTHER_ORIGIN = `http://localhost:${SERVER_PORT}`;
// Screenshots and other files a person may want to look at after a run (kept beside the engines' times).
export const ARTEFACTS = join('e2e-results', 'webkit');

let services;
let session;
let problems = [];
let browserArgs = [];

/** More MiniBrowser options for this file's sessions (call at the top of a test file), e.g. '--dark-mode'. */
export function useBrowserArgs(args) {
  browserArgs = args;
}

before(async () => {
  services = await startServices({ driverPort: DRIVER_PORT, serverPort: SERVER_PORT, root: process.env.E2E_ROOT });
});
after(async () => {
  await session?.close();
  if (services) await stopServices(services);
});

/** A fresh WebKit (empty storage); the one before it is closed first, as the driver allows only one. */
export async function freshSession() {
  if (session) {
    problems.push(...(await session.takeProblems()));
    await session.close();
  }
  session = await Session.create(DRIVER_PORT, browserArgs);
  return session;
}

/** A widget page object on a fresh session. */
export async function freshWidget(scope) {
  return new Widget(await freshSession(), BASE, scope);
}

/** `test`, failing also on every problem the pages of the test's sessions recorded. */
export function check(name, fn) {
  test(name, async () => {
    problems = [];
    try {
      await fn();
    } catch (error) {
      // What the screen showed when it failed, to look at after the run.
      const png = await session?.screenshot().catch(() => null);
      if (png) saveArtefact(`failed-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`, png);
      // Closed, so that the next test does not count this one's page problems as its own.
      await session?.close();
      session = undefined;
      throw error;
    }
    if (session) {
      problems.push(...(await session.takeProblems()));
      // Closed here, so that the next test never reads this one's last page again.
      await session.close();
      session = undefined;
    }
    assert.deepEqual(problems, [], 'the pages recorded problems');
  });
}

/** Saves a PNG under e2e-results/webkit/ and returns its path. */
export function saveArtefact(name, png) {
  mkdirSync(ARTEFACTS, { recursive: true });
  const path = join(ARTEFACTS, name);
  writeFileSync(path, png);
  return path;
}

export { assert };
