import { createHash } from 'node:crypto';

export interface Shard {
  /** 0-based shard index, < count. */
  readonly index: number;
  readonly count: number;
}

/** `--shard i/N` → {index: i, count: N}; i is 0-based (Slurm's SLURM_ARRAY_TASK_ID), 0 ≤ i < N. */
export function parseShard(text: string): { ok: true; shard: Shard } | { ok: false; error: string } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return { ok: false, error: `--shard must be i/N with whole numbers (got '${text}')` };
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) return { ok: false, error: `--shard ${text}: N must be at least 1` };
  if (index >= count) return { ok: false, error: `--shard ${text}: index out of range (0 ≤ i < ${count}; shards are 0-based)` };
  return { ok: true, shard: { index, count } };
}

/**
 * The shard an item key belongs to: the first 8 bytes of sha256(key) as an unsigned integer mod
 * `count`. Depends on the key only, so a shard's items never change between runs or machines, and
 * adding an item never moves another one.
 */
export function shardOf(key: string, count: number): number {
  const h = createHash('sha256').update(key, 'utf8').digest();
  return Number(h.readBigUInt64BE(0) % BigInt(count));
}
