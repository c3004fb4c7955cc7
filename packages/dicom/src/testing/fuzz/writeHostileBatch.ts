import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseMany } from '../../sources/parseMany';
import { isZip, readZip } from '../../sources/readZip';
import type { Seed } from './makeSeeds';
import { generatedSeeds } from './makeSeeds';
import type { MutationKind } from './mutations';
import { KINDS, mutationOf, prepareCorpus } from './mutations';

export interface HostileFile {
  /** File name inside the folder. */
  readonly file: string;
  readonly kind: MutationKind;
  readonly detail: string;
  /** Names (file, or file/entry for archives) the loader refuses while parsing, before any decoding. */
  readonly refused: readonly string[];
}

/**
 * Write `perKind` mutations of every kind (fixed seed, generated seeds only, so no ../shared is
 * needed) into `dir`, and say which names the parser refuses. For the CLI and e2e batch tests.
 */
export async function writeHostileBatch(dir: string, o: { seed: number; perKind: number; kinds?: readonly MutationKind[] }): Promise<{ files: HostileFile[]; seeds: readonly Seed[] }> {
  mkdirSync(dir, { recursive: true });
  const seeds = await generatedSeeds();
  const corpus = prepareCorpus(seeds);
  const files: HostileFile[] = [];
  let n = 0;
  for (const kind of o.kinds ?? KINDS) {
    for (const m of fc.sample(mutationOf(corpus, kind), { seed: o.seed, numRuns: o.perKind })) {
      const file = `${String(++n).padStart(2, '0')}-${kind}${m.name.endsWith('.zip') ? '.zip' : '.dcm'}`;
      writeFileSync(path.join(dir, file), m.bytes);
      const loaded = isZip(m.bytes) ? readZip(m.bytes, file) : parseMany([{ name: file, bytes: m.bytes }]);
      files.push({ file, kind, detail: m.detail, refused: loaded.errors.map((e) => e.file) });
    }
  }
  return { files, seeds };
}
