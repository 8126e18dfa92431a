// Offline support for the standalone page (never registered by the embed loader: a coach's site is not ours).
// Network first, so a new release is used as soon as the page is online; every successful response refreshes the
// cached copy, and with no network the last cached copy answers. Same-origin GET requests only.
const CACHE = 'rapport-offline-v2';
const SHELL = [
  './',
  './index.html',
  './rapport.js',
  './register-sw.js',
  './pkg/widget.js',
  './pkg/widget_bg.wasm',
  './summary.html',
  './standalone.js',
  './pkg/standalone.js',
  './pkg/standalone_bg.wasm',
  './page.css',
  './favicon.svg',
  './manifest.webmanifest',
  './icon-192.png',
  './icon-512.png',
];

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
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
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
