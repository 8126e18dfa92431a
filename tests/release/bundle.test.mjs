// The release command's output, made from the built dist/ into a temporary folder: archives with exactly the
// bundle, checksums that verify, an npm package of the same files and nothing else, and the SRI hashes it prints
// being the ones it writes into docs/hosting.md. Run after a build: node --test tests/release/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADDED_FILES, ENTRY_POINTS, filesUnder, integrityMarkdown, release } from '../../scripts/release.mjs';
import { HOSTING_DOC, integrityBlock, recipesFrom } from '../../scripts/hosting-recipes.mjs';
import { releaseInfo } from '../../scripts/version.mjs';

const info = releaseInfo();
let scratch;
let made;
let docs;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'rapport-release-'));
  docs = join(scratch, 'hosting.md');
  copyFileSync(HOSTING_DOC, docs);
  made = release({ out: join(scratch, 'release'), updateDocs: true, docs });
});
after(() => rmSync(scratch, { recursive: true, force: true }));

const out = () => join(scratch, 'release');
const served = () => filesUnder('dist');

test('the bundle is the build plus the release files, named after the version in Cargo.toml', () => {
  assert.equal(made.name, `rapport-${info.version}`);
  assert.deepEqual(made.files, [...served(), ...ADDED_FILES].sort());
  assert.ok(readFileSync(join(made.bundle, 'v1/rapport.js'), 'utf8').startsWith(`// rapport ${info.version}, MIT licence\n`));
  assert.match(readFileSync(join(made.bundle, 'LICENSE'), 'utf8'), /^MIT License/);
  assert.equal(info.license, 'MIT');
  // The headers files are docs/hosting.md's recipes as they stand.
  const recipes = recipesFrom(readFileSync(HOSTING_DOC, 'utf8'));
  assert.equal(readFileSync(join(made.bundle, '_headers'), 'utf8'), recipes._headers);
  assert.equal(readFileSync(join(made.bundle, '.htaccess'), 'utf8'), recipes['.htaccess']);
});

test('the zip and the tar.gz hold exactly the bundle, in one folder', () => {
  const expected = made.files.map((file) => `${made.name}/${file}`).sort();
  const zipped = execFileSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', join(out(), `${made.name}.zip`)], { encoding: 'utf8' });
  assert.deepEqual(zipped.trim().split('\n').sort(), expected);
  const tarred = execFileSync('tar', ['-tzf', join(out(), `${made.name}.tar.gz`)], { encoding: 'utf8' });
  assert.deepEqual(tarred.trim().split('\n').filter((entry) => !entry.endsWith('/')).sort(), expected);
});

test('SHA256SUMS lists and verifies every other file', () => {
  const listed = readFileSync(join(made.bundle, 'SHA256SUMS'), 'utf8').trim().split('\n').map((line) => line.split('  ')[1]);
  assert.deepEqual(listed, made.files.filter((file) => file !== 'SHA256SUMS'));
  execFileSync('sha256sum', ['--check', '--quiet', '--strict', 'SHA256SUMS'], { cwd: made.bundle });
});

test('npm pack --dry-run lists exactly the bundle and the generated package.json', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(out(), 'npm'), encoding: 'utf8' }));
  assert.equal(report.name, info.npmName);
  assert.equal(report.version, info.version);
  assert.deepEqual(report.files.map((file) => file.path).sort(), [...made.files, 'package.json'].sort());
  // No build tooling: nothing to run or install.
  const manifest = JSON.parse(readFileSync(join(out(), 'npm', 'package.json'), 'utf8'));
  assert.equal(manifest.scripts, undefined);
  assert.equal(manifest.dependencies, undefined);
  assert.equal(manifest.license, 'MIT');
  // Every file the docs' CDN addresses name is in the package.
  const named = [...readFileSync(HOSTING_DOC, 'utf8').matchAll(/(?:jsdelivr\.net\/npm|unpkg\.com)\/[a-z-]+@[^/]+\/([\w./-]+\.js)/g)].map((match) => match[1]);
  assert.ok(named.length >= 3, 'docs/hosting.md names the CDN addresses');
  for (const file of named) assert.ok(report.files.some((packed) => packed.path === file), `${file} is not in the package`);
});

test('the SRI hashes the release prints are the ones it writes into the docs', () => {
  assert.deepEqual(Object.keys(made.integrity), ENTRY_POINTS);
  for (const entry of ENTRY_POINTS) {
    const digest = execFileSync('openssl', ['dgst', '-sha384', '-binary', join(made.bundle, entry)]).toString('base64');
    assert.equal(made.integrity[entry], `sha384-${digest}`);
  }
  const written = integrityBlock(readFileSync(docs, 'utf8'));
  assert.equal(written, integrityMarkdown(info, made.integrity));
  assert.match(written, new RegExp(`npm/${info.npmName}@${info.version.replaceAll('.', '\\.')}/v1/rapport\\.js"\\n  integrity="sha384-`));
  assert.deepEqual(JSON.parse(readFileSync(join(out(), 'integrity.json'), 'utf8')), { name: info.npmName, version: info.version, integrity: made.integrity });
});

test("docs/hosting.md's SRI block was written by a release of this version", () => {
  const block = integrityBlock(readFileSync(HOSTING_DOC, 'utf8'));
  assert.ok(block, 'the release:integrity markers are missing');
  assert.ok(block.startsWith(`For ${info.npmName} ${info.version}:\n`), 'run make release after changing the version');
  assert.equal(block.match(/`sha384-[A-Za-z0-9+/]{64}`/g)?.length, ENTRY_POINTS.length);
});
