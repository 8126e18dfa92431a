// A small W3C WebDriver (classic) client for WebKitGTK: Playwright cannot drive Debian's WebKit, and
// WebKitWebDriver speaks plain HTTP. The test command starts and stops everything it needs here: Xvfb (MiniBrowser
// needs a display, and creating a session without one hangs silently), WebKitWebDriver and the file server.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { PNG } from 'pngjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a truthy value, or throws `message` after `timeout` ms. */
export async function until(probe, message, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${message} (last seen: ${last?.message ?? JSON.stringify(last)})`);
    await sleep(40);
  }
}

/** Starts a process and returns it; its output goes to the test log only when it fails to start. */
function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  child.stderr.setEncoding('utf8');
  child.log = '';
  child.stderr.on('data', (text) => (child.log += text));
  return child;
}

async function stop(child) {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await Promise.race([once(child, 'exit'), sleep(3000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Starts Xvfb on a free display, WebKitWebDriver on `driverPort` and our server on `serverPort`. */
export async function startServices({ driverPort, serverPort, root = 'dist' }) {
  // A tall screen, so that a window can hold a whole page for a screenshot (layout.test.mjs).
  // -displayfd: Xvfb picks a free display itself and writes its number to fd 3, so parallel runs never collide.
  const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x3000x24', '-nolisten', 'tcp']);
  xvfb.stdio[3].setEncoding('utf8');
  let display = '';
  xvfb.stdio[3].on('data', (text) => (display += text));
  await until(() => /\d+\n/.test(display), `Xvfb did not start: ${xvfb.log}`, 10_000);
  const env = { DISPLAY: `:${display.trim()}` };
  const driver = start('WebKitWebDriver', [`--port=${driverPort}`], env);
  const server = startServer(root, serverPort);
  const services = { xvfb, driver, server, display: env.DISPLAY };
  try {
    await until(
      () => fetch(`http://127.0.0.1:${driverPort}/status`).then((response) => response.ok),
      `WebKitWebDriver did not start: ${driver.log}`,
    );
    await until(
      () => fetch(`http://127.0.0.1:${serverPort}/`).then((response) => response.ok),
      `the server did not start: ${server.log}`,
    );
  } catch (error) {
    await stopServices(services);
    throw error;
  }
  return services;
}

/** Our file server, with the error recorder added to every page (scripts/serve.mjs --record-events). */
export function startServer(root, port) {
  return start('node', ['scripts/serve.mjs', '--root', root, '--extra', 'tests/pages', '--port', String(port), '--record-events']);
}

export { stop as stopProcess };

export async function stopServices({ xvfb, driver, server }) {
  await stop(server);
  await stop(driver);
  await stop(xvfb);
}

/** One WebKit session: a fresh browser with empty storage (WebKitWebDriver allows one at a time). */
export class Session {
  /** `browserArgs`: more MiniBrowser options (e.g. '--dark-mode'). */
  static async create(driverPort, browserArgs = []) {
    const base = `http://127.0.0.1:${driverPort}`;
    // Starting MiniBrowser under load now and then never answers (seen once in four runs on a busy 2-core
    // machine: no answer in 300 s, while the next session started at once). Bounded attempts instead of one
    // unbounded wait; each test's assertions are untouched.
    let response;
    for (let attempt = 1; ; attempt += 1) {
      try {
        response = await fetch(`${base}/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            capabilities: {
              alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...browserArgs] } },
            },
          }),
          signal: AbortSignal.timeout(60_000),
        });
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    const body = await response.json();
    if (!response.ok) throw new Error(`no WebKit session: ${JSON.stringify(body.value)}`);
    const session = new Session(`${base}/session/${body.value.sessionId}`);
    session.capabilities = body.value.capabilities;
    await session.command('POST', '/window/rect', { width: 1280, height: 900 }).catch(() => {});
    return session;
  }

  constructor(url) {
    this.url = url;
    // What the recorders of the pages this session has left saw (collected before each navigation).
    this.problems = [];
  }

  async command(method, path, body) {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${answer.value?.error}: ${answer.value?.message}`);
    return answer.value;
  }

  async goto(url) {
    await this.collectProblems();
    return this.command('POST', '/url', { url });
  }

  async reload() {
    await this.collectProblems();
    return this.command('POST', '/refresh', {});
  }

  /**
   * Adds what the current page's recorder (tests/pages/record-events.js) saw to `this.problems`, and empties it, so
   * nothing is lost when the test moves on. A page of ours without the recorder is itself a problem.
   */
  async collectProblems() {
    const seen = await this.evaluate(() => {
      if (!/^https?:/.test(location.protocol)) return [];
      if (!window.pageProblems) return [`no recorder on ${location.href}`];
      return window.pageProblems.splice(0);
    }).catch(() => []);
    this.problems.push(...seen);
    return seen;
  }

  /** Every problem seen so far in this session, the current page's included; emptied. */
  async takeProblems() {
    await this.collectProblems();
    return this.problems.splice(0);
  }

  currentUrl() {
    return this.command('GET', '/url');
  }

  /** Runs `fn(...args)` in the page (or the current frame); elements it returns come back as references. */
  evaluate(fn, ...args) {
    return this.command('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** A native click (real pointer events) in the middle of the element `fn(...args)` returns. */
  async click(fn, ...args) {
    const element = await until(() => this.evaluate(fn, ...args), `nothing to click for ${fn}`);
    await this.command('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  /** Presses keys (WebDriver key codes, e.g. '\uE014' for ArrowRight) on whatever has focus. */
  async press(...keys) {
    const actions = keys.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.command('DELETE', '/actions');
  }

  /** Types `text` into the element `fn(...args)` returns, after clearing it (real key events). */
  async type(text, fn, ...args) {
    const element = await until(() => this.evaluate(fn, ...args), `nothing to type into for ${fn}`);
    await this.command('POST', `/element/${element[ELEMENT]}/clear`, {});
    // A line break as the Enter key: WebKitGTK's driver drops a plain '\n'.
    await this.command('POST', `/element/${element[ELEMENT]}/value`, { text: text.replace(/\n/g, KEYS.Enter) });
  }

  /** Sets the browser window's size (the page's viewport is what is left of it: see `viewport()`). */
  setWindowSize(width, height) {
    return this.command('POST', '/window/rect', { width, height });
  }

  /**
   * Resizes the window until the page's viewport is exactly `width` x `height`. The window adds MiniBrowser's
   * toolbar, and under Xvfb a resize settles some frames after the driver answers: one read taken too early gave
   * the old, taller viewport (so a negative window height, which the driver refuses), another a viewport 38 px
   * short. So each round waits for the viewport to settle before measuring the toolbar again.
   */
  async setViewportSize(width, height) {
    let windowHeight = height;
    for (let round = 0; round < 5; round += 1) {
      await this.setWindowSize(width, windowHeight);
      const settled = await this.settledViewport();
      if (settled.width === width && settled.height === height) return settled;
      windowHeight = Math.max(height, windowHeight + height - settled.height);
    }
    const settled = await this.settledViewport();
    throw new Error(`the viewport stayed ${settled.width} x ${settled.height}, not ${width} x ${height}`);
  }

  /** The viewport once two reads 100 ms apart agree (a resize in flight changes it between them). */
  async settledViewport() {
    let previous = await this.viewport();
    for (let read = 0; read < 30; read += 1) {
      await sleep(100);
      const now = await this.viewport();
      if (now.width === previous.width && now.height === previous.height) return now;
      previous = now;
    }
    return previous;
  }

  viewport() {
    return this.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  }

  /** A PNG of the viewport, as a Buffer. */
  async screenshot() {
    return Buffer.from(await this.command('GET', '/screenshot'), 'base64');
  }

  windowHandle() {
    return this.command('GET', '/window');
  }

  /** Opens a second window (tab) in this session, with the same storage; returns its handle. */
  async newWindow() {
    const { handle } = await this.command('POST', '/window/new', { type: 'tab' });
    return handle;
  }

  async switchToWindow(handle) {
    await this.collectProblems();
    await this.command('POST', '/window', { handle });
  }

  /**
   * A PNG of one element (as a Buffer), e.g. a widget's host or its QR code: cut from a screenshot of the viewport,
   * with the element scrolled into view (WebKitGTK's own element screenshot is black for an element inside a
   * shadow root, or for the part of one that was scrolled out of view). Cut to the viewport if larger.
   */
  async elementScreenshot(fn, ...args) {
    const element = await until(() => this.evaluate(fn, ...args), `no element for ${fn}`);
    // Scrolled at once (a page's smooth scrolling would move it under the shot), then measured where it landed.
    await this.evaluate((e) => e.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' }), element);
    await sleep(150); // the scroll's repaint
    const box = await this.evaluate((e) => {
      const rect = e.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height, scale: window.devicePixelRatio, viewport: window.innerWidth };
    }, element);
    const shot = PNG.sync.read(await this.screenshot());
    const scale = (shot.width / box.viewport) || box.scale;
    const x = Math.max(0, Math.round(box.x * scale));
    const y = Math.max(0, Math.round(box.y * scale));
    const width = Math.min(shot.width - x, Math.round(box.width * scale));
    const height = Math.min(shot.height - y, Math.round(box.height * scale));
    const cut = new PNG({ width, height });
    PNG.bitblt(shot, cut, x, y, width, height, 0, 0);
    return PNG.sync.write(cut);
  }

  async switchToFrame(fn) {
    await this.collectProblems();
    const element = await until(() => this.evaluate(fn), 'no frame');
    await this.command('POST', '/frame', { id: element });
  }

  /** Back to the top page from a frame (what the frame's recorder saw is collected first). */
  async switchToTop() {
    await this.collectProblems();
    await this.command('POST', '/frame', { id: null });
  }

  async close() {
    await this.collectProblems();
    await fetch(this.url, { method: 'DELETE' }).catch(() => {});
  }
}

export const KEYS = { ArrowRight: '\uE014', ArrowDown: '\uE015', Space: '\uE00D', Enter: '\uE007', Tab: '\uE004' };
