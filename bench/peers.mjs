// The pages the benchmark compares (bench/README.md): the real widget, a hand-written vanilla page and SurveyJS,
// all asking the same 20 trust-equation statements (bench/pages/), and the pinned versions of the peers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGE_INFO = {
  rapport: { title: 'rapport', path: '/bench/rapport.html', final: '[data-testid="headline"]', shadow: true },
  // Our own standalone page (index.html, the full build with sharing, QR, comparison and the group view), the
  // questionnaire preselected by its query as a facilitator's start QR code does. Issue 23 asks for its figures.
  standalone: {
    title: 'rapport, standalone page',
    path: '/index.html?instrument=trust&perspective=self',
    final: '[data-testid="headline"]',
    shadow: true,
  },
  vanilla: { title: 'vanilla', path: '/bench/vanilla.html', final: '#result' },
  surveyjs: { title: 'SurveyJS', path: '/bench/surveyjs.html', final: '#result' },
};

/** The installed versions of the peers and of Playwright; throws unless each is the one package.json pins. */
export function peerVersions(repo) {
  const pins = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).devDependencies;
  const versions = {};
  for (const pkg of ['survey-core', 'survey-js-ui', '@playwright/test']) {
    const manifest = join(repo, 'node_modules', pkg, 'package.json');
    versions[pkg] = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : null;
    if (versions[pkg] !== pins[pkg])
      throw new Error(`node_modules has ${pkg} ${versions[pkg]}, package.json pins ${pins[pkg]}: run npm ci`);
  }
  return versions;
}
