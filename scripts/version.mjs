// The release's version and npm name, read from their one source: Cargo.toml's [package] (the UI crate, whose
// build is what ships). Prints the version; `--npm-name` prints the npm package's name
// ([package.metadata.npm] name). Imported by scripts/release.mjs and the release tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CARGO_TOML = fileURLToPath(new URL('../Cargo.toml', import.meta.url));

// The `key = "value"` lines of one [section] of a TOML file (enough for Cargo.toml's plain strings).
const section = (text, name) => {
  const values = {};
  let inside = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inside = line === `[${name}]`;
      continue;
    }
    const match = inside && line.match(/^([A-Za-z0-9_.-]+)\s*=\s*"([^"]*)"/);
    if (match) values[match[1]] = match[2];
  }
  return values;
};

export function releaseInfo(cargoToml = readFileSync(CARGO_TOML, 'utf8')) {
  const version = section(cargoToml, 'package').version ?? section(cargoToml, 'workspace.package').version;
  const npmName = section(cargoToml, 'package.metadata.npm').name;
  const license = section(cargoToml, 'workspace.package').license ?? section(cargoToml, 'package').license;
  // Semantic versioning, as npm and the CDNs' version ranges read it.
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version ?? '')) throw new Error(`Cargo.toml: no usable [package] version (${version})`);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(npmName ?? '')) throw new Error('Cargo.toml: [package.metadata.npm] name is missing or not an npm name');
  return { version, npmName, license, major: version.split('.')[0] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const info = releaseInfo();
  console.log(process.argv.includes('--npm-name') ? info.npmName : info.version);
}
