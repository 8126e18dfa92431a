// Loader of our own standalone pages (index.html, summary.html): the full build, the widget plus sharing, shared
// links, the QR code, printing, the comparison and the group view. Coaches' pages load rapport.js instead, the
// embed's smaller build.
import init, { mount } from './pkg/standalone.js';

const FAILED = 'This assessment could not load here. Please try again later.';
const home = new URL('./', import.meta.url).href;

init({ module_or_path: new URL('./pkg/standalone_bg.wasm', import.meta.url) })
  .then(() => mount(home))
  .catch((error) => {
    console.warn('rapport: could not start', error);
    for (const host of document.querySelectorAll('[data-rapport]:not([data-rapport-mounted])')) {
      host.textContent = FAILED;
    }
  });
