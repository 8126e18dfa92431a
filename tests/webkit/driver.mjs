// A small W3C WebDriver (classic) client for WebKitGTK: Playwright cannot drive Debian's WebKit, and
// WebKitWebDriver speaks plain HTTP. The test command starts and stops everything it needs here: Xvfb (MiniBrowser
// needs a display, and creating a session without one hangs silently), WebKitWebDriver and the file server.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

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
    await sleep(100);
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
  // -displayfd: Xvfb picks a free display itself and writes its number to fd 3, so parallel runs never collide.
  const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  xvfb.stdio[3].setEncoding('utf8');
  let display = '';
  xvfb.stdio[3].on('data', (text) => (display += text));
  await until(() => /\d+\n/.test(display), `Xvfb did not start: ${xvfb.log}`, 10_000);
  const env = { DISPLAY: `:${display.trim()}` };
  const driver = start('WebKitWebDriver', [`--port=${driverPort}`], env);
  const server = start('node', ['scripts/serve.mjs', '--root', root, '--extra', 'tests/pages', '--port', String(serverPort)]);
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

export async function stopServices({ xvfb, driver, server }) {
  await stop(server);
  await stop(driver);
  await stop(xvfb);
}

/** One WebKit session: a fresh browser with empty storage (WebKitWebDriver allows one at a time). */
export class Session {
  static async create(driverPort) {
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
              alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
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

  goto(url) {
    return this.command('POST', '/url', { url });
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

  async switchToFrame(fn) {
    const element = await until(() => this.evaluate(fn), 'no frame');
    await this.command('POST', '/frame', { id: element });
  }

  async close() {
    await fetch(this.url, { method: 'DELETE' }).catch(() => {});
  }
}

export const KEYS = { ArrowRight: '\uE014', ArrowDown: '\uE015', Space: '\uE00D', Enter: '\uE007', Tab: '\uE004' };
