export interface Histogram {
  /** Lower edge of bin 0, in the volume's unit. */
  readonly min: number;
  /** Bin width, in the volume's unit. */
  readonly binWidth: number;
  /** counts[b] = number of values in [min + b·w, min + (b+1)·w); the last bin includes its upper edge. */
  readonly counts: Uint32Array;
}

export interface ComputeHistogramOptions {
  /** Number of bins. Default 64. */
  readonly bins?: number;
  /** Value range; default [min, max] of the values. */
  readonly range?: readonly [number, number];
}

/** Fixed-width histogram of values (out-of-range values are dropped). */
export function computeHistogram(values: ArrayLike<number>, options: ComputeHistogramOptions = {}): Histogram {
  const bins = Math.max(1, options.bins ?? 64);
  let lo = Infinity, hi = -Infinity;
  if (options.range) [lo, hi] = options.range;
  else for (let q = 0; q < values.length; q++) {
    if (values[q] < lo) lo = values[q];
    if (values[q] > hi) hi = values[q];
  }
  const counts = new Uint32Array(bins);
  if (!(hi >= lo)) return { min: 0, binWidth: 0, counts };
  const w = hi > lo ? (hi - lo) / bins : 1;
  for (let q = 0; q < values.length; q++) {
    const x = values[q];
    if (x < lo || x > hi) continue;
    const b = Math.min(bins - 1, Math.floor((x - lo) / w));
    counts[b]++;
  }
  return { min: lo, binWidth: w, counts };
}
