// Offline support for the standalone page (never registered by the embed loader: a coach's site is not ours).
// Pages and loaders network first, so a new release is used as soon as the page is online; every successful
// response refreshes the cached copy, and with no network the last cached copy answers. Content-hashed files
// (their name changes with their content) cache first: a cached copy is never stale. Only rapport's own files
// (`SHELL`), fetched with GET: whoever hosts rapport at their site's root has pages of their own in this worker's
// scope, and those go to the network untouched, never into this cache. The build names the cache after the
// release and puts the hashed file names in.
const CACHE = 'rapport-offline-RELEASE';
const HASHED = /\.[0-9a-f]{10}\.(js|wasm|json)$/;
const SHELL = [
  './',
  './index.html',
  './summary.html',
  './embed.html',
  './embed.js',
  './register-sw.js',
  './v1/rapport.js',
  './v1/pkg/widget.js',
  './v1/pkg/widget_bg.wasm',
  './v1/pkg/goals.js',
  './v1/pkg/goals_bg.wasm',
  './v1/standalone.js',
  './v1/pkg/standalone.js',
  './v1/pkg/standalone_bg.wasm',
  './v1/lang/es.json',
  './v1/lang/de.json',
  './v1/lang/es-goals.json',
  './v1/lang/de-goals.json',
  './v1/lang/es-full.json',
  './v1/lang/de-full.json',
  './v1/lang/readings-en.json',
  './v1/lang/readings-es.json',
  './v1/lang/readings-de.json',
  './page.css',
  './favicon.svg',
  './manifest.webmanifest',
  './icon-192.png',
  './icon-512.png',
];

// Paths, not URLs: a page opened with a query (`index.html?instrument=alliance`, a start QR code) is still ours.
const OWN = new Set(SHELL.map((path) => new URL(path, self.location).pathname));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !OWN.has(url.pathname)) return;
  if (HASHED.test(url.pathname)) {
    event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
    return;
  }
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((cached) => cached || Response.error())),
  );
});
