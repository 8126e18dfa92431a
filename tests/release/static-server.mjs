// A plain static server for the release test: it knows nothing of rapport. It serves a folder as Netlify or
// Cloudflare Pages would: types by extension, revalidation by default, plus whatever the folder's `_headers`
// file says (the file docs/hosting.md gives and the archive holds), and nothing else: no gzip, no CORS of its own.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { headersFileHost } from './hosts.mjs';

/** Serves `root` on host:port; resolves to the listening server. */
export function serveFolder(root, port, host = '127.0.0.1') {
  const base = resolve(root);
  const headersFile = join(base, '_headers');
  const headersOf = headersFileHost(existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '');
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://host').pathname));
    const urlPath = path.endsWith('/') ? `${path}index.html` : path;
    const file = join(base, urlPath);
    const info = file.startsWith(base + sep) && !file.endsWith(`${sep}_headers`) ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, { ...headersOf(urlPath), 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}
