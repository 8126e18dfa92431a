// The benchmark's static server, bound to loopback. It serves like scripts/serve.mjs (gzip level 9 for text and
// wasm, application/wasm, the same cache headers) but from several folders, and compresses each file once:
// gzipping SurveyJS's 1.5 MB on every request would time our server, not the pages.
//   /             dist/                     (the release bundle: v1/rapport.js, v1/pkg/)
//   /bench/       bench/pages/              (the three benchmark pages)
//   /vendor/NAME/ node_modules/NAME/        (survey-core and survey-js-ui only)
// Usage: node bench/server.mjs [--port 8282] [--root dist]   (to look at the pages by hand)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..');

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
// As scripts/serve.mjs: these go out gzipped when the browser accepts gzip.
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.webmanifest']);

/** URL prefix to folder, longest prefix first. */
export function mounts(root = join(REPO, 'dist')) {
  return [
    ['/vendor/survey-core/', join(REPO, 'node_modules', 'survey-core')],
    ['/vendor/survey-js-ui/', join(REPO, 'node_modules', 'survey-js-ui')],
    ['/bench/', join(HERE, 'pages')],
    ['/', resolve(root)],
  ];
}

/** The file a URL path maps to, or null when it is outside every mounted folder. */
export function fileFor(pathname, table = mounts()) {
  let path = normalize(decodeURIComponent(pathname));
  if (path.endsWith('/')) path += 'index.html';
  for (const [prefix, folder] of table) {
    if (!path.startsWith(prefix)) continue;
    const file = join(folder, path.slice(prefix.length));
    return file.startsWith(folder + sep) ? file : null;
  }
  return null;
}

/** Starts the server; resolves to { url, close() }. Rejects if the port is taken. */
export function startServer({ port = 8282, host = '127.0.0.1', root } = {}) {
  const table = mounts(root);
  const cache = new Map(); // file -> { mtimeMs, raw, gzip }

  const load = async (file) => {
    const info = await stat(file).catch(() => null);
    if (!info || !info.isFile()) return null;
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit;
    const raw = await readFile(file);
    const entry = { mtimeMs: info.mtimeMs, size: info.size, raw, gzip: null };
    if (COMPRESSIBLE.has(extname(file))) entry.gzip = gzipSync(raw, { level: 9 });
    cache.set(file, entry);
    return entry;
  };

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://localhost');
      const file = fileFor(url.pathname, table);
      if (!file) {
        response.writeHead(403).end('forbidden');
        return;
      }
      const entry = await load(file);
      if (!entry) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = extname(file);
      const headers = {
        'content-type': TYPES[type] || 'application/octet-stream',
        'cache-control': type === '.html' || /(rapport|sw)\.js$/.test(file) ? 'no-cache' : 'max-age=60',
        'x-content-type-options': 'nosniff',
        'access-control-allow-origin': '*',
      };
      let body = entry.raw;
      if (entry.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] || '')) {
        body = entry.gzip;
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
  // Keep-alive sockets would hold close() open: track and destroy them.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise({
        url: `http://${host}:${port}`,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
  };
  const { url } = await startServer({ port: Number(option('port', 8282)), root: option('root', join(REPO, 'dist')) });
  console.log(`bench: serving on ${url}/bench/rapport.html, /bench/vanilla.html, /bench/surveyjs.html`);
}
