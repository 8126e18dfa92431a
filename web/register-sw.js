// Registers the offline service worker, from the standalone page only. In a sandboxed frame without
// allow-same-origin even reading navigator.serviceWorker throws, so every step is guarded: without a service
// worker the page simply works online only.
try {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('./sw.js').catch(() => {});
  }
} catch {
  // No service worker here.
}
