import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeRecords } from '@caliper/batch';
import { readOutDir } from './readOutDir';
import { writeAtomic } from './writeAtomic';
import { writeTable } from './writeTable';

export interface MergeSummary {
  readonly out: string;
  readonly dirs: readonly string[];
  readonly configHash: string;
  readonly total: number;
  readonly ok: number;
  readonly failed: number;
  /** Records of one item found more than once (a requeued task, overlapping folders); each item is in the table once. */
  readonly duplicates: number;
  readonly rows: number;
  readonly table: { readonly csv: string; readonly parquet: string };
  readonly failures: readonly { readonly key: string; readonly error: string | null }[];
}

/**
 * `caliper batch merge <dirs...> --out <dir>`: the items of several output folders (the shards of
 * an array job) → one cohort table (CSV + Parquet) in `out`, each item once. Folders of different
 * configs are refused. Reads the item records, not the shard tables, so a shard killed before
 * writing its table still contributes every item it finished.
 */
export function runMerge(dirs: readonly string[], out: string): { ok: true; summary: MergeSummary } | { ok: false; error: string } {
  const configs = new Map<string, string>();
  const all = [];
  for (const d of dirs) {
    const file = path.join(d, 'batch.json');
    if (!existsSync(file)) return { ok: false, error: `${d} is not a caliper batch output folder (no batch.json)` };
    const cfg = JSON.parse(readFileSync(file, 'utf8')) as { configHash: string; task: string; caliperVersion: string };
    configs.set(cfg.configHash, readFileSync(file, 'utf8'));
    all.push(...readOutDir(d));
  }
  if (configs.size > 1) return { ok: false, error: `the folders hold batches of ${configs.size} configs (${[...configs.keys()].join(', ')}): merge one config at a time` };
  const merged = mergeRecords(all);
  if (!merged.ok) return merged;
  mkdirSync(out, { recursive: true });
  const [configHash, batchJson] = [...configs][0];
  const cfg = JSON.parse(batchJson) as { task: string; caliperVersion: string };
  writeAtomic(path.join(out, 'batch.json'), batchJson);
  const table = writeTable(out, merged.items, { caliper_version: cfg.caliperVersion, config_hash: configHash, task: cfg.task });
  const failed = merged.items.map((i) => i.record).filter((r) => r.status === 'failed').sort((x, y) => (x.key < y.key ? -1 : 1));
  const summary: MergeSummary = {
    out,
    dirs,
    configHash,
    total: merged.items.length,
    ok: merged.items.length - failed.length,
    failed: failed.length,
    duplicates: merged.duplicates,
    rows: table.rows.length,
    table: { csv: table.csv, parquet: table.parquet },
    failures: failed.map((r) => ({ key: r.key, error: r.error })),
  };
  writeAtomic(path.join(out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  return { ok: true, summary };
}
