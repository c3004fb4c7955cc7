import type { DisplayWindow } from './types';

export interface PercentileWindowOptions {
  /** Lower and upper percentiles, 0..100. Default 1 and 99. */
  readonly lowPct?: number;
  readonly highPct?: number;
}

/**
 * The auto window of a modality without a preset (MR): the values at the 1st and 99th percentile
 * (nearest rank) of the plane, non-finite values ignored. A flat plane gets a 1-unit window so the
 * mapping stays defined. Unit: the plane's.
 */
export function percentileWindow(values: ArrayLike<number>, options: PercentileWindowOptions = {}): DisplayWindow {
  const sorted = Float64Array.from(values).filter(Number.isFinite).sort();
  if (sorted.length === 0) return { low: 0, high: 1 };
  const at = (pct: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((pct / 100) * sorted.length) - 1))];
  const low = at(options.lowPct ?? 1);
  const high = at(options.highPct ?? 99);
  return high > low ? { low, high } : { low, high: low + 1 };
}
