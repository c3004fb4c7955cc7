import type { VoxelArray } from '@caliper/core';

export interface SelectEnhancingVoxelsOptions {
  /** Minimum rise of the peak over the first phase, as a fraction of the first phase. Default 0.1. */
  readonly minRise?: number;
}

/**
 * Voxels that enhance: first-phase signal above 10 % of the mean positive first-phase signal (not
 * background) and a peak at least `minRise` above it. Used to find the bolus arrival of a
 * population AIF when no ROI is given (maps only).
 */
export function selectEnhancingVoxels(phases: readonly VoxelArray[], options: SelectEnhancingVoxelsOptions = {}): Uint32Array {
  const rise = options.minRise ?? 0.1;
  const first = phases[0];
  const n = first.length;
  let sum = 0, count = 0;
  for (let v = 0; v < n; v++) if (first[v] > 0) {
    sum += first[v];
    count++;
  }
  const floor = count ? (0.1 * sum) / count : Infinity;
  const peak = new Float32Array(n);
  for (const p of phases) for (let v = 0; v < n; v++) if (p[v] > peak[v]) peak[v] = p[v];
  const out: number[] = [];
  for (let v = 0; v < n; v++) if (first[v] > floor && peak[v] >= (1 + rise) * first[v]) out.push(v);
  return Uint32Array.from(out);
}
