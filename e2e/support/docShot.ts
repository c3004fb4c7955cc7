import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Screenshots for the docs are written into docs/screenshots only by `pnpm run screenshots`
 * (CALIPER_DOC_SCREENSHOTS=1); every other run writes them to test-results/screenshots (gitignored),
 * so `npm test` leaves the working tree clean.
 */
export const DOC_SCREENSHOTS = process.env.CALIPER_DOC_SCREENSHOTS === '1';

/** Absolute path of a documentation screenshot (its folder created). */
export function docShot(name: string): string {
  const dir = DOC_SCREENSHOTS ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
