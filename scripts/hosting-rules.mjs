// The headers rapport's files need from whatever serves them, in one place: scripts/serve.mjs applies exactly
// these, and tests/release/recipes.test.mjs checks every host recipe in docs/hosting.md against them.
//
// - The wasm as application/wasm: `WebAssembly.instantiateStreaming` refuses any other type, and the module
//   scripts as JavaScript (module scripts are checked strictly).
// - Access-Control-Allow-Origin: * on everything: module scripts and the wasm are fetched with CORS, from a
//   coach's site on another origin or a sandboxed frame (origin "null"). The files are public and carry no cookie.
// - The stable names (pages, the loaders under /v1/, the service worker) revalidated on every load, so a release
//   shows up at once; the content-hashed files (`widget.0123456789.js`) cached for good, since they never change.
import { extname } from 'node:path';

export const CONTENT_TYPES = {
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
  '.txt': 'text/plain; charset=utf-8',
};

// What a host should compress (gzip or brotli): text and the wasm.
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.webmanifest', '.txt']);

// The build's content-hashed names: ten hex digits before the extension (scripts/build.sh).
export const HASHED_FILE = /\.[0-9a-f]{10}\.(js|wasm|json|css)$/;

export const CACHE_FOREVER = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** The headers rapport needs for the file at `path` (a URL path or a file path; only its name counts). */
export function headersFor(path) {
  return {
    'content-type': CONTENT_TYPES[extname(path)] || 'application/octet-stream',
    'cache-control': HASHED_FILE.test(path) ? CACHE_FOREVER : CACHE_REVALIDATE,
    'x-content-type-options': 'nosniff',
    'access-control-allow-origin': '*',
  };
}

/**
 * What a Cache-Control value means for rapport: 'forever' (a year or more, immutable), 'revalidate' (checked on
 * every load: `no-cache`, or `max-age=0` with `must-revalidate`, the default of several static hosts), or
 * 'other'. Recipes are compared by meaning, since hosts spell the same rule differently.
 */
export function cachePolicy(value) {
  const parts = String(value ?? '')
    .toLowerCase()
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const maxAge = parts.find((part) => part.startsWith('max-age='));
  const seconds = maxAge ? Number(maxAge.slice('max-age='.length)) : NaN;
  if (parts.includes('no-store')) return 'other';
  if (parts.includes('immutable') && seconds >= 31536000 && !parts.includes('no-cache')) return 'forever';
  if (parts.includes('no-cache') && !parts.includes('immutable')) return 'revalidate';
  if (seconds === 0 && parts.includes('must-revalidate') && !parts.includes('immutable')) return 'revalidate';
  return 'other';
}

/** The media type without parameters, lower case: `text/javascript; charset=utf-8` is `text/javascript`. */
export const mediaType = (value) => String(value ?? '').split(';')[0].trim().toLowerCase();

// Browsers run a module script served with any JavaScript MIME type; hosts differ in which one they send.
export const JAVASCRIPT_TYPES = new Set(['text/javascript', 'application/javascript', 'application/x-javascript']);
