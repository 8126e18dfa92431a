// A coach's two pages (ana.html with the embed, ana-results.html with the standalone build): both point their
// shared results at the results page, with this server's address, known only here (docs/embedding.md, share-base).
for (const host of document.querySelectorAll('[data-rapport]')) {
  host.dataset.shareBase = new URL('/test/ana-results.html', location.href).href;
}
