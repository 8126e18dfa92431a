// embed.html's frame script (iframe mode). Everything here is untrusted input: anyone can send a coach's visitors
// a link to embed.html with any query, and any page can frame it.
// - Options: only the known names are copied from the query onto the widget's data attributes; the wasm's core
//   validates each value exactly as for the script embed (bad values show the configuration message).
// - Messages go to one parent origin only, never "*": the `parent-origin` option (exactly an origin, https, or
//   http on localhost), else the origin of the page that framed us (the referrer). Without one, nothing is sent.
// - What is sent: the page's height, the loader's rapport:ready (the release's version), and the widget's
//   rapport:start / rapport:complete details (which by default hold only the questionnaire and perspective; scores
//   only with event-scores=on, and the widget then says so).

const OPTIONS = ['instrument', 'perspective', 'accent', 'coach', 'cta-url', 'cta-label', 'namespace', 'lang',
  'share', 'event-scores'];
const MAX_QUERY = 2000;
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

const query = new URLSearchParams(location.search.length <= MAX_QUERY ? location.search : '');
if (location.search.length > MAX_QUERY) console.warn('rapport: the embed.html query is too long and was ignored');
const host = document.querySelector('[data-rapport]');
for (const name of OPTIONS) {
  const value = query.get(name);
  if (host && value !== null) host.setAttribute(`data-${name}`, value);
}

// An origin we may post to: https (or http on localhost), and, when given explicitly, nothing but an origin.
const allowedOrigin = (text, exact) => {
  try {
    const url = new URL(text);
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname));
    if (!secure || (exact && url.origin !== text)) return null;
    return url.origin;
  } catch {
    return null;
  }
};

const framed = window.parent !== window;
const asked = query.get('parent-origin');
const parentOrigin = asked !== null ? allowedOrigin(asked, true) : allowedOrigin(document.referrer, false);
if (framed && asked !== null && !parentOrigin) {
  console.warn('rapport: parent-origin must be an origin like https://example.com; nothing is sent to the parent');
}
// A framing page under `Referrer-Policy: no-referrer` (or an iframe with referrerpolicy="no-referrer") tells us
// no origin: the frame cannot grow to its content nor pass on events. Say how to fix it, once.
if (framed && asked === null && !parentOrigin) {
  console.warn('rapport: the page framing embed.html sends no referrer (Referrer-Policy: no-referrer?), so this ' +
    "frame cannot tell it its height: add parent-origin=https://your-site.example to the iframe's src, or " +
    'referrerpolicy="origin" to the iframe');
}

const post = (message) => {
  if (framed && parentOrigin) window.parent.postMessage({ source: 'rapport', ...message }, parentOrigin);
};

if (framed && parentOrigin) {
  let lastHeight = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      post({ type: 'rapport:height', height });
    }
  }).observe(document.documentElement);
  for (const type of ['rapport:ready', 'rapport:start', 'rapport:complete']) {
    host?.addEventListener(type, (event) => post({ type, detail: event.detail }));
  }
}
