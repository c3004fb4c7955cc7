import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { shardOf } from '@caliper/batch';
import type { ItemRecord } from '@caliper/batch';
import { batchConfig } from './batchConfig';
import { caliperVersion } from './caliperVersion';
import { claimOutDir } from './claimOutDir';
import { expandSegments } from './expandSegments';
import { itemPaths } from './itemPaths';
import { listFiles } from './listFiles';
import { loadItems } from './loadItems';
import type { BatchArgs } from './parseBatchArgs';
import { createProgress } from './progress';
import { readOutDir } from './readOutDir';
import { readSegments } from './readSegments';
import type { ItemJob, ItemOutcome } from './runItem';
import { runPool } from './runPool';
import { writeAtomic } from './writeAtomic';
import { writeTable } from './writeTable';

/** The --json summary document of a batch run (also written as summary.json in the output folder). */
export interface BatchSummary {
  readonly out: string;
  readonly task: string;
  readonly configHash: string;
  readonly caliperVersion: string;
  readonly shard: string | null;
  readonly total: number;
  readonly ok: number;
  readonly failed: number;
  readonly skipped: number;
  readonly rows: number;
  readonly table: { readonly csv: string; readonly parquet: string };
  readonly failures: readonly { readonly key: string; readonly error: string | null }[];
  readonly durationMs: number;
}

/** Working memory of a local item, MiB: 6 × its file bytes (decoded volume, float copy, masks), at least 16. DICOMweb items: 64. */
function estimateMb(job: ItemJob): number {
  if (job.item.study) return 64;
  const files = listFiles(job.item.paths);
  const bytes = files.ok ? files.files.reduce((s, f) => s + statSync(f).size, 0) : 0;
  return Math.max(16, (6 * bytes) / 2 ** 20);
}

/**
 * `caliper batch` proper: claim the output folder, select this shard's items, run them on the
 * worker pool (skipping those already done), write the cohort table of the shard's items and the
 * summary. Returns {error} for input errors (exit 1) or refusal of the folder (exit 2).
 */
export async function runBatch(a: BatchArgs): Promise<{ ok: true; summary: BatchSummary } | { ok: false; error: string; code: 1 | 2 }> {
  const t0 = performance.now();
  const version = caliperVersion();
  const config = batchConfig(a.task, a.options);
  for (const [k, v] of Object.entries(a.options)) {
    if (typeof v === 'string' && path.isAbsolute(v) && !existsSync(v)) return { ok: false, error: `--${k}: no such file: ${v}`, code: 2 };
  }
  const raw = await loadItems(a);
  if (!raw.ok) return { ok: false, error: raw.error, code: 1 };
  const loaded = { items: expandSegments(raw.items, a.task, typeof a.options.roi === 'string' ? a.options.roi : null, (f) => readSegments(f)?.map((s) => s.number) ?? null) };
  if ((a.task === 'measure' || a.task === 'radiomics') && a.options.roi === undefined) {
    const bare = loaded.items.find((i) => !i.roi);
    if (bare) return { ok: false, error: `${bare.lines.length ? `manifest line ${bare.lines[0]}` : `study ${bare.key}`} has no roi: give a roi column or --roi`, code: 2 };
  }
  const claimed = claimOutDir(a.out, config, version, a.force);
  if (!claimed.ok) return { ok: false, error: claimed.error, code: 2 };
  const items = a.shard ? loaded.items.filter((i) => shardOf(i.key, a.shard!.count) === a.shard!.index) : loaded.items;
  const shard = a.shard ? `${a.shard.index}/${a.shard.count}` : null;
  const jobs: ItemJob[] = items.map((item) => ({ item, task: a.task, options: a.options, outDir: a.out, configHash: config.configHash, caliperVersion: version, dicomweb: a.dicomweb, retries: a.retries, sr: a.sr, stow: a.stow }));
  const progress = createProgress(jobs.length, { json: a.json, tty: process.stderr.isTTY === true, shard, jobs: a.jobs });
  const outcomes: ItemOutcome[] = [];
  await runPool(jobs, {
    workers: Math.min(a.jobs, Math.max(1, jobs.length)),
    memoryMb: a.memoryMb,
    estimateMb,
    bundleDir: path.join(a.out, '.work'),
    onOutcome: (o) => {
      // A worker that died wrote no record: write it here so merge and re-runs see the failure.
      if (o.record.error?.startsWith('worker died')) writeAtomic(itemPaths(a.out, o.record.key).meta, JSON.stringify(o.record, null, 2) + '\n');
      outcomes.push(o);
      progress.item(o);
    },
  });
  progress.stop();
  rmSync(path.join(a.out, '.work'), { recursive: true, force: true });
  const keys = new Set(items.map((i) => i.key));
  const mine = readOutDir(a.out).filter((x) => keys.has(x.record.key));
  const table = writeTable(a.out, mine, { caliper_version: version, config_hash: config.configHash, task: a.task, ...(shard ? { shard } : {}) });
  const failed: ItemRecord[] = outcomes.map((o) => o.record).filter((r) => r.status === 'failed').sort((x, y) => (x.key < y.key ? -1 : 1));
  const summary: BatchSummary = {
    out: a.out,
    task: a.task,
    configHash: config.configHash,
    caliperVersion: version,
    shard,
    total: jobs.length,
    ok: outcomes.filter((o) => o.record.status === 'ok').length,
    failed: failed.length,
    skipped: outcomes.filter((o) => o.skipped).length,
    rows: table.rows.length,
    table: { csv: table.csv, parquet: table.parquet },
    failures: failed.map((r) => ({ key: r.key, error: r.error })),
    durationMs: Math.round(performance.now() - t0),
  };
  writeAtomic(path.join(a.out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  return { ok: true, summary };
}
