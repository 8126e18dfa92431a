// Every host recipe in docs/hosting.md, parsed as it stands there, gives every file of the bundle the headers
// scripts/serve.mjs sends (scripts/hosting-rules.mjs). Run: node --test tests/release/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { recipesFrom, HOSTING_DOC } from '../../scripts/hosting-recipes.mjs';
import { filesUnder } from '../../scripts/release.mjs';
import { differences, githubPagesHost, headersFileHost, htaccessHost, nginxHost } from './hosts.mjs';

const recipes = recipesFrom();
// The built files when there is a build, and always one of each kind, including a hashed CSS file (a stylesheet
// beside the wasm is planned) and the pages of a folder.
const SAMPLE = [
  'index.html', 'builder.html', 'embed.html', 'summary.html', 'sw.js', 'builder.js', 'page.css', 'favicon.svg',
  'icon-192.png', 'manifest.webmanifest', 'v1/rapport.js', 'v1/iframe.js', 'v1/standalone.js',
  'v1/pkg/widget.0123456789.js', 'v1/pkg/widget_bg.abcdef0123.wasm', 'v1/pkg/widget.0123456789.css',
  'v1/lang/de.0123456789.json',
];
const FILES = [...new Set([...SAMPLE, ...(existsSync('dist/v1/rapport.js') ? filesUnder('dist') : [])])];

const problems = (host, prefix, options) => FILES.flatMap((file) => differences(`${prefix}${file}`, host(`${prefix}${file}`), options));

test('docs/hosting.md has the three recipe files', () => {
  assert.deepEqual(Object.keys(recipes).sort(), ['.htaccess', '_headers', 'nginx.conf']);
});

test('the Netlify and Cloudflare Pages _headers file gives every file the served headers', () => {
  assert.deepEqual(problems(headersFileHost(recipes._headers), '/'), []);
});

test('the nginx location block gives every file the served headers, even with a mime.types that lacks wasm', () => {
  assert.deepEqual(problems(nginxHost(recipes['nginx.conf']), '/rapport/'), []);
});

test('the Apache .htaccess gives every file the served headers', () => {
  assert.deepEqual(problems(htaccessHost(recipes['.htaccess']), '/'), []);
});

test('GitHub Pages serves the wasm type and CORS; its ten-minute caching is what the page says', () => {
  assert.deepEqual(problems(githubPagesHost(), '/', { cache: false, nosniff: false }), []);
  const page = readFileSync(HOSTING_DOC, 'utf8');
  assert.match(page, /Cache-Control: max-age=600/);
  assert.equal(githubPagesHost()('/v1/rapport.js')['cache-control'], 'max-age=600');
});

// The checks can fail: recipes with the mistakes people make are caught.
test('a _headers file whose rules overlap on Cache-Control is refused', () => {
  const overlapping = `${recipes._headers}\n/v1/*\n  Cache-Control: no-cache\n`;
  assert.match(problems(headersFileHost(overlapping), '/').join('\n'), /widget_bg\.abcdef0123\.wasm: Cache-Control "public, max-age=31536000, immutable, no-cache"/);
});

test('an nginx block that leaves the wasm to mime.types, or CORS to the outer block, is refused', () => {
  const noWasmType = recipes['nginx.conf'].replace(/ {8}types \{ \}\n {8}default_type application\/wasm;\n/, '');
  assert.notEqual(noWasmType, recipes['nginx.conf']);
  assert.match(problems(nginxHost(noWasmType), '/rapport/').join('\n'), /wasm: type application\/octet-stream, not application\/wasm/);
  // nginx drops the outer add_header lines in a block that has its own.
  const innerWithoutCors = recipes['nginx.conf'].replaceAll('        add_header Access-Control-Allow-Origin "*" always;\n', '');
  assert.match(problems(nginxHost(innerWithoutCors), '/rapport/').join('\n'), /widget\.0123456789\.js: Access-Control-Allow-Origin is undefined/);
});

test('an .htaccess that caches everything for a year, loaders included, is refused', () => {
  const foreverEverywhere = recipes['.htaccess'].replace('Header set Cache-Control "no-cache"', 'Header set Cache-Control "public, max-age=31536000, immutable"');
  assert.match(problems(htaccessHost(foreverEverywhere), '/').join('\n'), /v1\/rapport\.js: Cache-Control/);
});
