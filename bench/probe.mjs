// The in-page half of the benchmark. `installProbe` is serialized by Playwright into every page of a context
// (context.addInitScript) and runs before the page's own scripts. It only reads the DOM; it never changes a page.
//
// "Painted" means: a requestAnimationFrame callback saw the condition true (so the frame being produced shows it),
// and a message posted from that callback has run, i.e. the main thread has finished that frame's style, layout
// and paint. Its performance.now() is the time we record. Times are milliseconds from navigation start.

/** @param {{kind: string, shadow: boolean, statements: string[], labels: string[], final: string}} config */
export function installProbe(config) {
  const { kind, shadow, statements, labels, final } = config;
  const total = statements.length;

  // rapport (embedded or on our standalone page) renders into the open shadow root of its host element; the peers
  // render into the document.
  const root = () => (shadow ? (document.querySelector('[data-rapport]')?.shadowRoot ?? null) : document);
  const shown = (el) => {
    if (!el || !el.isConnected) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  /** A visible, enabled button (or input type=button) whose text is `text`. */
  const button = (...texts) => {
    const r = root();
    if (!r) return null;
    for (const b of r.querySelectorAll('button, input[type=button], input[type=submit]')) {
      const text = (b.tagName === 'INPUT' ? b.value : b.textContent).trim();
      if (texts.includes(text) && !b.disabled && shown(b)) return b;
    }
    return null;
  };
  /** The radio input labelled `label` of question `n` (1-based), if question n is on screen and it is usable. */
  const option = (n, label = labels[0]) => {
    const r = root();
    if (!r) return null;
    for (const input of r.querySelectorAll('input[type=radio]')) {
      const host = input.closest('label');
      if (!host || host.textContent.trim() !== label || input.disabled || !shown(host)) continue;
      // It must belong to statement n: a near ancestor (the question's fieldset or container) holds the text.
      let up = host.parentElement;
      for (let depth = 0; up && depth < 8; depth += 1, up = up.parentElement) {
        if (up.textContent.includes(statements[n - 1])) return input;
      }
    }
    return null;
  };
  const finished = () => shown(root()?.querySelector(final));

  const painted = (condition, what, timeout = 90_000) =>
    new Promise((resolve, reject) => {
      const begun = performance.now();
      const tick = () => {
        let ok = false;
        try {
          ok = Boolean(condition());
        } catch {
          ok = false;
        }
        if (ok) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        } else if (performance.now() - begun > timeout) {
          reject(new Error(`${kind}: timed out waiting for ${what}`));
        } else {
          requestAnimationFrame(tick);
        }
      };
      requestAnimationFrame(tick);
    });
  const nextFrame = () => painted(() => true, 'a frame');

  const bench = { kind, pending: null };
  window.__bench = bench;

  // Start-up, measured without the harness in the loop: the Start button usable and painted, then a click on it
  // from inside the page (no round trip to Playwright), then question 1's first answer usable and painted.
  bench.startup = (async () => {
    const startUsable = await painted(() => button('Start'), 'the Start button');
    const startClick = performance.now();
    button('Start').click();
    const q1Usable = await painted(() => option(1), 'question 1');
    return { startUsable, startClick, q1Usable };
  })();
  bench.startup.catch(() => {});

  /**
   * Gets ready for one measured pointer click: scrolls the target into view, lets that frame paint, then arms a
   * capturing click listener and returns the point to click. The listener takes the first trusted click's
   * timestamp (the input event's time, before any handler runs) and waits until the outcome is painted:
   * 'answer' -> the chosen radio of question n is checked; 'next' -> question n+1 (or the final screen) is usable.
   */
  bench.prepare = async (what, n, label) => {
    const target = what === 'answer' ? option(n, label)?.closest('label') : button('Next', 'Complete');
    if (!target) throw new Error(`${kind}: no ${what} target on question ${n}`);
    target.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    await nextFrame();
    const box = target.getBoundingClientRect();
    const outcome = what === 'answer' ? () => option(n, label)?.checked : n < total ? () => option(n + 1) : finished;
    bench.pending = new Promise((resolve, reject) => {
      const onClick = (event) => {
        if (!event.isTrusted) return;
        window.removeEventListener('click', onClick, true);
        const clickedAt = event.timeStamp;
        // rapport and the vanilla page move on by themselves 450 ms after a pointer pick; if that happened
        // before our Next click, this sample would measure the wrong thing.
        if (what === 'next' && !option(n)) {
          reject(new Error(`${kind}: question ${n} moved on before the Next click (auto-advance won the race)`));
          return;
        }
        painted(outcome, `${what} on question ${n}`, 30_000).then(
          (paintedAt) => resolve({ clickedAt, paintedAt, ms: paintedAt - clickedAt }),
          reject,
        );
      };
      window.addEventListener('click', onClick, true);
    });
    bench.pending.catch(() => {});
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };

  bench.finished = () => painted(finished, 'the final screen', 30_000);
}
