// Loader of our own standalone pages (index.html, summary.html, embed.html): the full build, the widget plus
// sharing, shared links, the QR code, printing, the comparison and the group view. Coaches' pages load
// rapport.js instead, the embed's smaller build.
// The build replaces the two file names with the content-hashed ones.
import init, { mount } from './pkg/standalone.js';

const FAILED = 'This assessment could not load here. Please try again later.';

init({ module_or_path: new URL('./pkg/standalone_bg.wasm', import.meta.url) })
  .then(() => mount(new URL('../', import.meta.url).href))
  .catch((error) => {
    console.warn('rapport: could not start', error);
    for (const host of document.querySelectorAll('[data-rapport]:not([data-rapport-mounted])')) {
      host.textContent = FAILED;
    }
  });
