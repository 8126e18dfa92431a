// Loader of the standalone summary page: the widget plus the share tools (QR code, comparison, group view).
import init, { mount } from './pkg/tools.js';

const FAILED = 'This summary could not load here. Please try again later.';
const home = new URL('./', import.meta.url).href;

init({ module_or_path: new URL('./pkg/tools_bg.wasm', import.meta.url) })
  .then(() => mount(home))
  .catch((error) => {
    console.warn('rapport: could not start', error);
    for (const host of document.querySelectorAll('[data-rapport]:not([data-rapport-mounted])')) {
      host.textContent = FAILED;
    }
  });
