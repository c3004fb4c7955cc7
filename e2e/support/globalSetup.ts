import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeStudy } from '../fixtures/study';

/** Paths of the synthetic e2e study (written once per run into dist/, served with the app). */
/** The built app under test: dist/, or E2E_DIST (a private build, when other jobs rebuild dist/). */
export const DIST = resolve(process.env.E2E_DIST ?? resolve(import.meta.dirname, '../../dist'));
export const FIXTURE_DIR = join(DIST, '__e2e__');
export const FIXTURE_MANIFEST = './__e2e__/manifest.json';

export default function globalSetup(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `pnpm exec vite build` before the e2e tests');
  // The second e2e lane of `npm test` (scripts/run.mjs) starts while the first may be reading the
  // fixture: it reuses the files instead of rewriting them under the other lane's feet.
  if (process.env.E2E_REUSE_FIXTURE && existsSync(join(FIXTURE_DIR, 'manifest.json'))) return;
  writeStudy(FIXTURE_DIR);
}
