// Models of how each static host turns a recipe of docs/hosting.md into response headers, so that a test can
// ask "what would this host send for v1/pkg/widget_bg.<hash>.wasm?" and compare with scripts/hosting-rules.mjs.
// Each model follows the host's documented behaviour, and assumes the least it may: the nginx and Apache models
// know no `application/wasm` (older mime.types files lack it), so the recipes must set it themselves.
import { extname, posix } from 'node:path';
import { cachePolicy, JAVASCRIPT_TYPES, mediaType, headersFor } from '../../scripts/hosting-rules.mjs';

// Types by extension as the hosts' own tables give them (mime-db for Netlify, Cloudflare and GitHub Pages).
const MIME_DB = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};
// A server's mime.types from before .wasm was added (nginx before 1.21, Debian's older /etc/mime.types).
const OLD_MIME_TYPES = { ...MIME_DB };
delete OLD_MIME_TYPES['.wasm'];
delete OLD_MIME_TYPES['.webmanifest'];

const regexEscape = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

// Header maps are plain objects with lower-case names; a header set twice is sent twice, which a browser reads as
// the two values joined by a comma.
const addHeader = (headers, name, value) => {
  const key = name.toLowerCase();
  headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
};

/** Netlify's and Cloudflare Pages' `_headers`: every matching rule applies; `*` matches anything, `:name` a segment. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const source = pattern.split('*').map((part) => regexEscape(part).replace(/:[a-z]+/g, '[^/]+')).join('.*');
      rules.push({ pattern, match: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const header = line.trim().match(/^([A-Za-z0-9-]+):\s*(.*)$/);
    if (!header || rules.length === 0) throw new Error(`_headers: cannot read the line "${line}"`);
    rules.at(-1).headers.push([header[1], header[2]]);
  }
  return rules;
}

export function headersFileHost(text) {
  const rules = parseHeadersFile(text);
  return (urlPath) => {
    const headers = {};
    for (const rule of rules) {
      if (rule.match.test(urlPath)) for (const [name, value] of rule.headers) addHeader(headers, name, value);
    }
    // What the hosts send when the file says nothing: the type by extension, and revalidation.
    headers['content-type'] ??= MIME_DB[extname(urlPath)] ?? 'application/octet-stream';
    headers['cache-control'] ??= 'public, max-age=0, must-revalidate';
    return headers;
  };
}

// nginx: a tree of blocks from the configuration's tokens (quotes, `{`, `}` and `;`).
function parseNginx(text) {
  const tokens = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|([{};])|([^\s{};"]+)/g;
  for (const line of text.split('\n')) {
    const code = line.replace(/(^|\s)#.*$/, '');
    for (const match of code.matchAll(pattern)) tokens.push(match[1] ?? match[2] ?? match[3]);
  }
  let at = 0;
  const block = () => {
    const directives = [];
    while (at < tokens.length && tokens[at] !== '}') {
      const words = [];
      while (at < tokens.length && tokens[at] !== ';' && tokens[at] !== '{' && tokens[at] !== '}') words.push(tokens[at++]);
      if (tokens[at] === '{') {
        at += 1;
        directives.push({ name: words[0], args: words.slice(1), children: block() });
        if (tokens[at++] !== '}') throw new Error('nginx: a block is not closed');
      } else if (tokens[at] === ';') {
        at += 1;
        directives.push({ name: words[0], args: words.slice(1) });
      } else {
        throw new Error(`nginx: "${words.join(' ')}" has no ";"`);
      }
    }
    return directives;
  };
  const tree = block();
  if (at !== tokens.length) throw new Error('nginx: a "}" closes nothing');
  return tree;
}

/** nginx with the recipe's location blocks: prefix, then the first matching regex location inside it. */
export function nginxHost(text) {
  const tree = parseNginx(text);
  return (urlPath) => {
    const outer = tree.find((entry) => entry.name === 'location' && entry.args.length === 1 && urlPath.startsWith(entry.args[0]));
    if (!outer) return null;
    const inner = outer.children.find((entry) => {
      if (entry.name !== 'location' || !['~', '~*'].includes(entry.args[0])) return false;
      return new RegExp(entry.args[1], entry.args[0] === '~*' ? 'i' : '').test(urlPath);
    });
    const levels = inner ? [outer, inner] : [outer];
    const innermost = (name) => levels.map((level) => level.children.filter((entry) => entry.name === name)).filter((list) => list.length).at(-1) ?? [];
    const headers = {};
    // add_header is inherited only by a level that has none of its own.
    for (const entry of innermost('add_header')) addHeader(headers, entry.args[0], entry.args[1]);
    const types = innermost('types')[0];
    const defaultType = innermost('default_type')[0]?.args[0] ?? 'application/octet-stream';
    const table = types ? Object.fromEntries(types.children.flatMap((entry) => entry.args.map((ext) => [`.${ext}`, entry.name]))) : OLD_MIME_TYPES;
    headers['content-type'] = table[extname(urlPath)] ?? defaultType;
    return headers;
  };
}

/** Apache with the recipe as the folder's .htaccess: the folder's directives, then each matching <FilesMatch>. */
export function htaccessHost(text) {
  const sections = [{ match: null, directives: [] }];
  let current = sections[0];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || /^<\/?IfModule\b/.test(line)) continue;
    const files = line.match(/^<FilesMatch\s+"([^"]+)">$/);
    if (files) {
      current = { match: new RegExp(files[1]), directives: [] };
      sections.push(current);
    } else if (line === '</FilesMatch>') {
      current = sections[0];
    } else {
      current.directives.push(line.match(/"[^"]*"|\S+/g).map((word) => word.replace(/^"|"$/g, '')));
    }
  }
  return (urlPath) => {
    const name = posix.basename(urlPath);
    const types = { ...OLD_MIME_TYPES };
    // Apache keeps two tables: "always" and "onsuccess" (plain `Header`); a 200 response carries both.
    const tables = { always: {}, onsuccess: {} };
    for (const section of sections) {
      if (section.match && !section.match.test(name)) continue;
      for (const [directive, ...args] of section.directives) {
        if (directive === 'AddType') for (const ext of args.slice(1)) types[ext] = args[0];
        if (directive === 'Header') {
          const table = args[0] === 'always' ? tables.always : tables.onsuccess;
          const [action, header, value] = args[0] === 'always' ? args.slice(1) : args;
          if (action === 'set') table[header.toLowerCase()] = value;
          else if (action === 'append') addHeader(table, header, value);
        }
      }
    }
    const headers = { ...tables.onsuccess };
    for (const [header, value] of Object.entries(tables.always)) addHeader(headers, header, value);
    headers['content-type'] = types[extname(urlPath)] ?? 'application/octet-stream';
    return headers;
  };
}

/** GitHub Pages sets every header itself and lets a site set none. */
export const githubPagesHost = () => (urlPath) => ({
  'content-type': MIME_DB[extname(urlPath)] ?? 'application/octet-stream',
  'cache-control': 'max-age=600',
  'access-control-allow-origin': '*',
});

/**
 * How `headers` (what a host would send for `urlPath`) differs from what rapport needs (scripts/hosting-rules.mjs),
 * as sentences; empty when it serves the file as serve.mjs does. Types are compared where they matter (the wasm
 * exactly, scripts as any JavaScript type, pages as HTML), caching by meaning (`cachePolicy`).
 */
export function differences(urlPath, headers, { cache = true, nosniff = true } = {}) {
  if (!headers) return [`${urlPath}: not served by the recipe`];
  const wanted = headersFor(urlPath);
  const found = [];
  const type = mediaType(headers['content-type']);
  const ext = extname(urlPath);
  if (ext === '.wasm' && type !== 'application/wasm') found.push(`${urlPath}: type ${type}, not application/wasm`);
  if (ext === '.js' && !JAVASCRIPT_TYPES.has(type)) found.push(`${urlPath}: type ${type}, not JavaScript`);
  if (ext === '.html' && type !== 'text/html') found.push(`${urlPath}: type ${type}, not text/html`);
  if (headers['access-control-allow-origin'] !== wanted['access-control-allow-origin']) {
    found.push(`${urlPath}: Access-Control-Allow-Origin is ${headers['access-control-allow-origin']}`);
  }
  if (nosniff && headers['x-content-type-options'] !== 'nosniff') found.push(`${urlPath}: X-Content-Type-Options missing`);
  if (cache && cachePolicy(headers['cache-control']) !== cachePolicy(wanted['cache-control'])) {
    found.push(`${urlPath}: Cache-Control "${headers['cache-control']}" is not ${wanted['cache-control']}`);
  }
  return found;
}
