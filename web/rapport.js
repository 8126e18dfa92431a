// rapport's loader: the one stable URL a page includes. It starts the widget's WebAssembly and mounts a widget on
// every [data-rapport] element; if that fails, each element says so instead of staying empty.
import init, { mount } from './pkg/widget.js';

const FAILED = 'This assessment could not load here. Please try again later.';

init({ module_or_path: new URL('./pkg/widget_bg.wasm', import.meta.url) })
  .then(() => mount(new URL('./', import.meta.url).href))
  .catch((error) => {
    console.warn('rapport: could not start', error);
    for (const host of document.querySelectorAll('[data-rapport]:not([data-rapport-mounted])')) {
      host.textContent = FAILED;
    }
  });
