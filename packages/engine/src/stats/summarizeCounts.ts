import type { IntegerCounts } from './countIntegerValues';
import type { Histogram } from './computeHistogram';

export interface CountSummary {
  readonly mean: number;
  /** Population central moments. */
  readonly m2: number;
  readonly m3: number;
  readonly m4: number;
  /** Percentiles requested, numpy linear interpolation. */
  readonly percentiles: number[];
}

/** Moments and numpy-linear percentiles from integer value counts (exact, O(value range)). */
export function summarizeCounts(c: IntegerCounts, percents: readonly number[]): CountSummary {
  const { counts, offset, n } = c;
  if (n === 0) return { mean: NaN, m2: NaN, m3: NaN, m4: NaN, percentiles: percents.map(() => NaN) };
  const mean = c.sum / n;
  let m2 = 0, m3 = 0, m4 = 0;
  for (let x = c.min; x <= c.max; x++) {
    const w = counts[x + offset];
    if (w === 0) continue;
    const d = x - mean, d2 = d * d;
    m2 += w * d2;
    m3 += w * d2 * d;
    m4 += w * d2 * d2;
  }
  // rank r (0-based) -> value: the smallest x whose cumulative count exceeds r
  const at = (r: number): number => {
    let cum = 0;
    for (let x = c.min; x <= c.max; x++) {
      cum += counts[x + offset];
      if (cum > r) return x;
    }
    return c.max;
  };
  const percentiles = percents.map((p) => {
    const h = ((n - 1) * Math.min(100, Math.max(0, p))) / 100;
    const lo = Math.floor(h);
    const a = at(lo);
    return h > lo ? a + (h - lo) * (at(lo + 1) - a) : a;
  });
  return { mean, m2: m2 / n, m3: m3 / n, m4: m4 / n, percentiles };
}

/** The same fixed-width histogram as computeHistogram, built from integer value counts. */
export function histogramFromCounts(c: IntegerCounts, bins = 64, range?: readonly [number, number]): Histogram {
  const nb = Math.max(1, bins);
  const [lo, hi] = range ?? [c.min, c.max];
  const counts = new Uint32Array(nb);
  if (!(hi >= lo)) return { min: 0, binWidth: 0, counts };
  const w = hi > lo ? (hi - lo) / nb : 1;
  for (let x = Math.max(c.min, Math.ceil(lo)); x <= Math.min(c.max, Math.floor(hi)); x++) {
    const k = c.counts[x + c.offset];
    if (k) counts[Math.min(nb - 1, Math.floor((x - lo) / w))] += k;
  }
  return { min: lo, binWidth: w, counts };
}
