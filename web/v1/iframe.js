// For a coach's page that embeds rapport as an iframe (docs/embedding.md): include this once, and every
// <iframe data-rapport-frame> grows with its content and re-dispatches the widget's rapport:ready, rapport:start
// and rapport:complete events on the iframe element, like the script embed does on its host element.
//
// Every message is checked before use: it must come from one of those iframes (event.source), from rapport's
// origin or, for a frame sandboxed without allow-same-origin, the opaque origin "null"; and it must have the shape
// rapport sends. Sizes are set through the CSSOM, which a strict Content-Security-Policy allows.

const RAPPORT_ORIGIN = new URL(import.meta.url).origin;
const MAX_HEIGHT = 20000;
const TEXT = /^[a-z-]{1,20}$/;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}(-[0-9A-Za-z.-]{1,40})?$/;

const frames = () => Array.from(document.querySelectorAll('iframe[data-rapport-frame]'));
for (const frame of frames()) {
  frame.style.width = '100%';
  frame.style.border = '0';
}

// Only the fields rapport sends, re-built: never pass on anything else a message carries.
const cleanDetail = (detail) => {
  if (!detail || typeof detail !== 'object') return null;
  const { instrument, perspective, scores } = detail;
  if (!TEXT.test(instrument) || !TEXT.test(perspective)) return null;
  const clean = { instrument, perspective };
  if (scores && typeof scores === 'object') {
    const entries = Object.entries(scores).filter(([key, value]) => TEXT.test(key) && Number.isFinite(value));
    if (entries.length <= 12) clean.scores = Object.fromEntries(entries);
  }
  return clean;
};

window.addEventListener('message', (event) => {
  const frame = frames().find((candidate) => candidate.contentWindow === event.source);
  if (!frame || (event.origin !== RAPPORT_ORIGIN && event.origin !== 'null')) return;
  const data = event.data;
  if (!data || typeof data !== 'object' || data.source !== 'rapport') return;
  if (data.type === 'rapport:height') {
    if (Number.isFinite(data.height) && data.height > 0 && data.height <= MAX_HEIGHT) {
      frame.style.height = `${Math.ceil(data.height)}px`;
    }
  } else if (data.type === 'rapport:ready') {
    const version = data.detail?.version;
    if (typeof version === 'string' && VERSION.test(version)) {
      frame.dispatchEvent(new CustomEvent(data.type, { bubbles: true, detail: { version } }));
    }
  } else if (data.type === 'rapport:start' || data.type === 'rapport:complete') {
    const detail = cleanDetail(data.detail);
    if (detail) frame.dispatchEvent(new CustomEvent(data.type, { bubbles: true, detail }));
  }
});
