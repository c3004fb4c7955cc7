import type { FileError } from '@caliper/core';
import { decodeFrames } from '../../pixels/decodeFrames';
import { groupSeries } from '../../series/groupSeries';
import type { FileLike } from '../../sources/readFiles';
import { readFiles } from '../../sources/readFiles';
import type { Seed } from './makeSeeds';
import type { Mutation } from './mutations';

export interface CaseOutcome {
  readonly instances: number;
  readonly errors: readonly FileError[];
  /** Broken promises of the loader (not crashes): a silent drop, an unnamed error, a lost valid file. */
  readonly violations: readonly string[];
}

const asFile = (name: string, bytes: Uint8Array): FileLike => ({ name, arrayBuffer: async () => bytes.slice().buffer });
const ownedBy = (file: string, name: string) => file === name || file.startsWith(`${name}/`);

/**
 * Load one hostile file beside a valid one through the browser loader (readFiles: .zip expanded,
 * each file parsed), decode every instance's pixels and group the series, as the viewer and
 * `caliper info --pixels` do. A thrown exception here is a crash (readFiles and decodeFrames
 * promise never to throw); anything else that breaks the loader's contract is a violation.
 */
export async function runCase(m: Mutation, valid: Seed): Promise<CaseOutcome> {
  const validName = `valid/${valid.name}`;
  const loaded = await readFiles([asFile(m.name, m.bytes), asFile(validName, valid.bytes)]);
  const errors: FileError[] = [...loaded.errors];
  const decoded = new Set<string>();
  for (const inst of loaded.instances) {
    const d = await decodeFrames(inst);
    if (d.ok) decoded.add(inst.file);
    else errors.push(d.error);
  }
  errors.push(...groupSeries(loaded.instances, { dedupe: false }).errors);
  const violations: string[] = [];
  if (!decoded.has(validName)) violations.push(`the valid file ${valid.name} of the same batch did not load and decode`);
  for (const e of errors) {
    if (typeof e.reason !== 'string' || e.reason.trim().length < 5) violations.push(`error without a reason for ${e.file}`);
    if (typeof e.file !== 'string' || !(ownedBy(e.file, m.name) || e.file === validName)) violations.push(`error names ${JSON.stringify(e.file)}, not the file`);
    if (e.file === validName) violations.push(`the valid file was reported: ${e.reason}`);
  }
  const own = loaded.instances.filter((i) => ownedBy(i.file, m.name));
  if (own.length === 0 && !errors.some((e) => ownedBy(e.file, m.name))) violations.push('the hostile file was dropped silently (no instance, no error)');
  for (const inner of m.mustLoad ?? []) {
    if (!own.some((i) => i.file === `${m.name}/${inner}`)) violations.push(`archive entry ${JSON.stringify(inner.slice(0, 40))} did not load`);
  }
  return { instances: loaded.instances.length, errors, violations };
}
