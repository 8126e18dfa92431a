// Packages the built dist/ as a release a coach can take (docs/hosting.md):
//   release/rapport-<version>/            exactly what a host serves, plus LICENSE, SHA256SUMS, HOSTING.txt and the
//                                        headers files of docs/hosting.md (_headers, .htaccess)
//   release/rapport-<version>.zip, .tar.gz that folder, reproducibly (sorted, fixed dates and owners)
//   release/npm/, release/<npm name>-<version>.tgz   the npm package of the same files (`npm pack`)
//   release/integrity.json                the SRI hash of each stable entry point, also printed
// With --update-docs (what `make release` passes), the SRI block of docs/hosting.md is rewritten too.
// Usage: node scripts/release.mjs [--dist dist] [--out release] [--update-docs] [--docs docs/hosting.md]
// It never builds: `make release` builds first, `make test` reuses the dist/ its build target made.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_FOREVER, CACHE_REVALIDATE } from './hosting-rules.mjs';
import { HOSTING_DOC, recipesFrom, withIntegrityBlock } from './hosting-recipes.mjs';
import { releaseInfo } from './version.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The URLs a coach's page may name, and so the ones an SRI hash is worth giving for.
export const ENTRY_POINTS = ['v1/rapport.js', 'v1/iframe.js', 'v1/standalone.js'];
// What the bundle adds to dist/ (the headers files come from docs/hosting.md's recipes).
export const ADDED_FILES = ['_headers', '.htaccess', 'LICENSE', 'HOSTING.txt', 'SHA256SUMS'];

/** Every file under `folder`, as sorted forward-slash paths relative to it. */
export function filesUnder(folder) {
  const found = [];
  const walk = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) found.push(relative(folder, full).split('\\').join('/'));
    }
  };
  walk(folder);
  return found.sort();
}

const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const cdnUrl = (host, npmName, version, entry) =>
  host === 'unpkg' ? `https://unpkg.com/${npmName}@${version}/${entry}` : `https://cdn.jsdelivr.net/npm/${npmName}@${version}/${entry}`;

const scriptTag = (npmName, version, entry, integrity) =>
  `<script type="module" src="${cdnUrl('jsdelivr', npmName, version, entry)}"\n  integrity="${integrity}" crossorigin="anonymous"></script>`;

/** The markdown block docs/hosting.md shows between its release:integrity markers. */
export function integrityMarkdown({ npmName, version }, integrity) {
  const rows = ENTRY_POINTS.map((entry) => `| \`${entry}\` | \`${integrity[entry]}\` |`).join('\n');
  return (
    `For ${npmName} ${version}:\n\n` +
    '```html\n' +
    `${scriptTag(npmName, version, 'v1/rapport.js', integrity['v1/rapport.js'])}\n` +
    '```\n\n' +
    '| entry point | integrity |\n| --- | --- |\n' +
    `${rows}\n`
  );
}

function hostingText(info, integrity, recipes) {
  const { npmName, version, major } = info;
  const indent = (text) => text.trimEnd().split('\n').map((line) => (line ? `    ${line}` : '')).join('\n');
  return `rapport ${version}: a coaching self-assessment widget that runs in the browser (MIT licence: LICENSE).

Put this folder on any static host, open builder.html there, choose the options, and paste the snippet it makes
into your page. The project's docs/hosting.md says more; in short, the files need these headers:

  *.wasm                        Content-Type: application/wasm
  every file                    Access-Control-Allow-Origin: *
                                X-Content-Type-Options: nosniff
  v1/pkg/*, v1/lang/* (hashed)  Cache-Control: ${CACHE_FOREVER}
  everything else               Cache-Control: ${CACHE_REVALIDATE}
  and gzip or brotli for text and the wasm.

Netlify, Cloudflare Pages: the _headers file in this folder does it (the folder is the site's root).
Apache: the .htaccess file in this folder does it (needs AllowOverride and mod_headers).
GitHub Pages: works as is (files are cached for ten minutes); add an empty .nojekyll file.
nginx: a location block for your server { }, with this folder as /var/www/rapport:

${indent(recipes['nginx.conf'])}

Without hosting anything, from the npm package ${npmName} on a CDN (the script embed only; set
data-share="off" there, as the CDN does not serve our summary page):
    ${cdnUrl('jsdelivr', npmName, major, 'v1/rapport.js')}            (every ${major}.x release)
    ${cdnUrl('jsdelivr', npmName, version, 'v1/rapport.js')}        (exactly this one)
With the exact version, the script tag can carry Subresource Integrity:

${indent(scriptTag(npmName, version, 'v1/rapport.js', integrity['v1/rapport.js']))}

Integrity of each stable entry point of ${version}:
${ENTRY_POINTS.map((entry) => `    ${entry.padEnd(18)} ${integrity[entry]}`).join('\n')}

Check this folder's files: sha256sum -c SHA256SUMS
`;
}

function packageJson({ npmName, version, license }) {
  return `${JSON.stringify(
    {
      name: npmName,
      version,
      description: 'rapport: a coaching self-assessment widget (trust equation, working alliance, session check-in) in WebAssembly. The built files only: load v1/rapport.js in a page.',
      license,
      keywords: ['coaching', 'self-assessment', 'trust-equation', 'working-alliance', 'widget', 'webassembly'],
      browser: 'v1/rapport.js',
      sideEffects: true,
    },
    null,
    2,
  )}\n`;
}

// Reproducible archives: sorted entries, fixed dates, no owner names (the same dist/ gives the same bytes).
function writeArchives(out, name) {
  execFileSync(
    'python3',
    [
      '-c',
      `import os, sys, zipfile
out, name = sys.argv[1], sys.argv[2]
paths = []
for folder, dirs, files in os.walk(os.path.join(out, name)):
    paths += [os.path.join(folder, f) for f in files]
with zipfile.ZipFile(os.path.join(out, name + '.zip'), 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    for path in sorted(paths):
        entry = zipfile.ZipInfo(os.path.relpath(path, out), date_time=(2000, 1, 1, 0, 0, 0))
        entry.external_attr = 0o644 << 16
        entry.compress_type = zipfile.ZIP_DEFLATED
        with open(path, 'rb') as source:
            archive.writestr(entry, source.read())`,
      out,
      name,
    ],
    { stdio: 'inherit' },
  );
  const tar = execFileSync(
    'tar',
    ['--sort=name', '--mtime=2000-01-01 00:00Z', '--owner=0', '--group=0', '--numeric-owner', '--mode=go-w,a+rX', '-C', out, '-cf', '-', name],
    { maxBuffer: 1 << 30 },
  );
  writeFileSync(join(out, `${name}.tar.gz`), execFileSync('gzip', ['-9n'], { input: tar, maxBuffer: 1 << 30 }));
}

export function release({ dist = join(ROOT, 'dist'), out = join(ROOT, 'release'), updateDocs = false, docs = HOSTING_DOC } = {}) {
  const started = Date.now();
  const info = releaseInfo();
  const { version, npmName } = info;
  if (!existsSync(join(dist, 'v1', 'rapport.js'))) throw new Error(`${dist} holds no build: run scripts/build.sh first`);
  const built = readFileSync(join(dist, 'v1', 'rapport.js'), 'utf8');
  if (!built.startsWith(`// rapport ${version},`)) throw new Error(`${dist} was built for another version than ${version}: build again`);

  const name = `rapport-${version}`;
  const bundle = join(out, name);
  // The output folder is replaced whole: never let a mistyped --out take the project or a repository with it.
  if (resolve(out) === resolve(ROOT) || existsSync(join(out, '.git'))) throw new Error(`refusing to replace ${out}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(dist, bundle, { recursive: true });

  const recipes = recipesFrom(readFileSync(docs, 'utf8'));
  writeFileSync(join(bundle, '_headers'), recipes._headers);
  writeFileSync(join(bundle, '.htaccess'), recipes['.htaccess']);
  writeFileSync(join(bundle, 'LICENSE'), readFileSync(join(ROOT, 'LICENSE')));
  const integrity = Object.fromEntries(ENTRY_POINTS.map((entry) => [entry, sri(join(bundle, entry))]));
  writeFileSync(join(bundle, 'HOSTING.txt'), hostingText(info, integrity, recipes));
  const sums = filesUnder(bundle)
    .map((file) => `${createHash('sha256').update(readFileSync(join(bundle, file))).digest('hex')}  ${file}`)
    .join('\n');
  writeFileSync(join(bundle, 'SHA256SUMS'), `${sums}\n`);
  writeArchives(out, name);

  // The npm package: the same files and a generated package.json, nothing else.
  const npmFolder = join(out, 'npm');
  cpSync(bundle, npmFolder, { recursive: true });
  writeFileSync(join(npmFolder, 'package.json'), packageJson(info));
  execFileSync('npm', ['pack', '--ignore-scripts', '--loglevel=warn', '--pack-destination', out], { cwd: npmFolder, stdio: ['ignore', 'ignore', 'inherit'] });

  writeFileSync(join(out, 'integrity.json'), `${JSON.stringify({ name: npmName, version, integrity }, null, 2)}\n`);
  if (updateDocs) writeFileSync(docs, withIntegrityBlock(readFileSync(docs, 'utf8'), integrityMarkdown(info, integrity)));

  const files = filesUnder(bundle);
  const size = (file) => statSync(join(out, file)).size;
  console.log(`release ${version}: ${files.length} files in ${relative(ROOT, bundle) || bundle}/`);
  for (const archive of [`${name}.zip`, `${name}.tar.gz`, `${npmName}-${version}.tgz`]) {
    console.log(`  ${join(relative(ROOT, out) || out, archive)}  ${kilobytes(size(archive))}`);
  }
  console.log('SRI of the stable entry points (docs/hosting.md; release/integrity.json):');
  for (const entry of ENTRY_POINTS) console.log(`  ${entry.padEnd(18)} ${integrity[entry]}`);
  if (updateDocs) console.log(`  written into ${relative(ROOT, docs)}`);
  console.log(`release: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { info, bundle, files, integrity, name };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 && args[at + 1] ? resolve(args[at + 1]) : fallback;
  };
  try {
    release({
      dist: option('dist', undefined),
      out: option('out', undefined),
      docs: option('docs', undefined),
      updateDocs: args.includes('--update-docs'),
    });
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
}
