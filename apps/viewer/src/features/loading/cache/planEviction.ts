/** A decoded series held in memory, as the eviction policy sees it. */
export interface CachedSeries {
  readonly seriesUID: string;
  /** Bytes of its decoded voxels (the volume's final buffer). */
  readonly bytes: number;
  /** Logical clock of its last use (open, show, measure): larger is more recent. */
  readonly lastUsed: number;
  /** On screen, still loading, or being read (a measurement): never evicted. */
  readonly pinned: boolean;
}

export interface PlanEvictionOptions {
  /** Memory budget for all decoded series together, in bytes. */
  readonly budgetBytes: number;
}

/**
 * Which series to evict so the rest fit the budget: least recently used first, never a pinned one.
 * Pinned series count towards the total but are skipped, so the cache may stay over budget when
 * what is on screen alone exceeds it (showing it wins over the budget). Returns series UIDs in
 * eviction order; empty when everything fits.
 */
export function planEviction(series: readonly CachedSeries[], { budgetBytes }: PlanEvictionOptions): string[] {
  let total = series.reduce((s, x) => s + x.bytes, 0);
  const out: string[] = [];
  const candidates = series.filter((x) => !x.pinned).sort((a, b) => a.lastUsed - b.lastUsed);
  for (const c of candidates) {
    if (total <= budgetBytes) break;
    out.push(c.seriesUID);
    total -= c.bytes;
  }
  return out;
}
