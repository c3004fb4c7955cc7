import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Folder of ../shared/reference-data/<name> and whether it is present (tests skip when not). */
export function referenceFolder(name: string): { dir: string; exists: boolean } {
  const dir = path.join(path.resolve(repoRoot, '../shared/reference-data'), name);
  const exists = existsSync(dir);
  if (!exists) console.warn(`[engine conformance] ${dir} is absent: skipping its tests`);
  return { dir, exists };
}

export interface IbsiRow {
  readonly family: string;
  readonly feature: string;
  readonly code: string;
  /** e.g. digital_phantom, config_A … config_E. */
  readonly dataSet: string;
  readonly value: number;
  /** null = no tolerance given: match to 3 significant figures. */
  readonly tolerance: number | null;
}

/** The IBSI reference CSV (family, feature, sub_feature, ibsi_code, data_set, aggregation, value, tolerance, …). */
export function readIbsiCsv(file: string): IbsiRow[] {
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/).slice(1);
  return lines.map((line) => {
    const f = line.split(',');
    return { family: f[0], feature: f[1], code: f[3], dataSet: f[4], value: Number(f[6]), tolerance: f[7] === '' ? null : Number(f[7]) };
  });
}

/** x rounded to 3 significant figures. */
export const sig3 = (x: number): number => Number(x.toPrecision(3));
