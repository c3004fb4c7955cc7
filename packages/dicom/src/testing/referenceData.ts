import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Test helpers for the external reference data in ../shared/reference-data (never copied here). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const referenceRoot = path.resolve(repoRoot, '../shared/reference-data');

/** Folder of a reference data set, or undefined (with a console note) when absent. */
export function referenceDir(name: string): string | undefined {
  const dir = path.join(referenceRoot, name);
  if (!existsSync(dir)) {
    console.warn(`[skip] reference data ${dir} absent`);
    return undefined;
  }
  return dir;
}

/** Unpacks a .tar.gz once into a temp cache folder and returns that folder. */
export function unpack(archive: string): string {
  const out = path.join(tmpdir(), 'caliper-ref', path.basename(archive).replace(/\.tar\.gz$/, ''));
  if (!existsSync(path.join(out, '.done'))) {
    mkdirSync(out, { recursive: true });
    execFileSync('tar', ['xzf', archive, '-C', out]);
    execFileSync('touch', [path.join(out, '.done')]);
  }
  return out;
}
