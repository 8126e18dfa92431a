// A small static server for the demo page and the browser tests, bound to loopback only.
// Gzips text and wasm on the fly (as a real host would), sends application/wasm, and marks the HTML and the
// loader no-cache. Usage: node scripts/serve.mjs [--root dist] [--port 8080] [--host 127.0.0.1] [--extra tests/pages]
// --extra serves a second folder under /test/ (host pages for the browser tests).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = resolve(option('root', 'dist'));
const port = Number(option('port', process.env.PORT || 8080));
const host = option('host', '127.0.0.1');
const extra = option('extra', '') ? resolve(option('extra', '')) : null;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.webmanifest']);

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url, 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    let base = root;
    if (extra && path.startsWith('/test/')) {
      base = extra;
      path = path.slice('/test'.length);
    }
    const file = join(base, path);
    if (!file.startsWith(base + sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info || !info.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = extname(file);
    let body = await readFile(file);
    const headers = {
      'content-type': TYPES[type] || 'application/octet-stream',
      // Content-hashed files never change: cache them for good. Everything else (pages, the stable loaders
      // under /v1/, the service worker) is revalidated on every load, so a release shows up at once.
      'cache-control': /\.[0-9a-f]{10}\.(js|wasm|json|css)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      // Public static files: a sandboxed frame (origin "null") or another site may load the widget.
      'access-control-allow-origin': '*',
    };
    if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] || '')) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});

server.listen(port, host, () => {
  console.log(`rapport: serving ${root} on http://${host}:${port}/`);
});
