import type { Geometry } from '@caliper/core';
import { computeMaskBbox, computeRoiStats } from '@caliper/engine';

/** Statistics of one parameter over an ROI's fitted voxels, as `measure` computes them. */
export interface ParameterStats {
  readonly mean: number;
  readonly median: number;
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  readonly p10: number;
  readonly p90: number;
}

/**
 * Mean, median, population SD, min, max, P10, P90 (numpy's linear percentiles) of `values` over the
 * voxels with `fitted` set, via the engine's computeRoiStats (the statistics of `caliper measure`).
 * Null when no voxel was fitted.
 */
export function summarizeParameter(values: Float32Array, voxels: ArrayLike<number>, fitted: Uint8Array, geometry: Geometry): ParameterStats | null {
  const data = new Uint8Array(values.length);
  let n = 0;
  for (let q = 0; q < voxels.length; q++) {
    const v = voxels[q];
    if (fitted[v]) {
      data[v] = 1;
      n++;
    }
  }
  if (n === 0) return null;
  const mask = { dimensions: geometry.dimensions, data, bbox: computeMaskBbox(geometry.dimensions, data) };
  const s = computeRoiStats({ geometry, data: values, unit: 'raw' }, mask);
  return { mean: s.mean, median: s.median, sd: s.sd, min: s.min, max: s.max, p10: s.p10, p90: s.p90 };
}
