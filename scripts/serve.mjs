// A small static server for the demo page and the browser tests, bound to loopback only.
// Gzips text and wasm on the fly (as a real host would) and sends the headers of scripts/hosting-rules.mjs:
// application/wasm, CORS, the HTML and the loaders no-cache, the content-hashed files cached for good.
// Usage: node scripts/serve.mjs [--root dist] [--port 8080] [--host 127.0.0.1] [--extra tests/pages]
// --extra serves a second folder under /test/ (host pages for the browser tests).
// --record-events adds /test/record-events.js as the first script of every HTML page that lacks it (the WebKit
// tests: its driver cannot read the console, so each page records its own errors before anything else runs).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPRESSIBLE, headersFor } from './hosting-rules.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = resolve(option('root', 'dist'));
const port = Number(option('port', process.env.PORT || 8080));
const host = option('host', '127.0.0.1');
const extra = option('extra', '') ? resolve(option('extra', '')) : null;
const recordEvents = args.includes('--record-events');
const RECORDER = '<script type="module" src="/test/record-events.js"></script>';

/** The page with the recorder as its first script (module scripts run in document order), or unchanged. */
function withRecorder(html) {
  if (html.includes('/test/record-events.js')) return html;
  // Found outside comments (a page's comment may show a script tag).
  const at = html.replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length)).search(/<script\b|<\/head>/i);
  return at < 0 ? html : `${html.slice(0, at)}${RECORDER}\n${html.slice(at)}`;
}

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
    if (recordEvents && type === '.html') body = Buffer.from(withRecorder(body.toString('utf8')));
    // The headers every host must send (scripts/hosting-rules.mjs; docs/hosting.md has them for other hosts).
    const headers = headersFor(file);
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
