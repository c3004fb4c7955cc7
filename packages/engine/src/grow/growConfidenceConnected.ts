import type { Mask, VoxelArray } from '@caliper/core';
import type { Dims } from '../mask/createMask';
import { growRegion } from './growRegion';
import type { GrowResult } from './growRegion';

export interface GrowConfidenceConnectedOptions {
  /** Half-width k of the interval mean ± k·SD. Default 2.5 (ITK's default). */
  readonly multiplier?: number;
  /** Re-estimation rounds after the initial one. Default 4. */
  readonly iterations?: number;
  /** Radius (voxels, Chebyshev) of the seed neighbourhood for the initial statistics. Default 1. */
  readonly initialRadius?: number;
  readonly within?: Mask;
  readonly maxVoxels?: number;
}

export interface ConfidenceGrowResult extends GrowResult {
  /** The inclusive bounds used by the last growth, in the volume's unit. */
  readonly lower: number;
  readonly upper: number;
}

/**
 * Confidence-connected region growing (as ITK's ConfidenceConnectedImageFilter): bounds
 * mean ± k·SD (population SD) from the seed neighbourhood, grow (6-connected, inclusive), then
 * re-estimate mean and SD over the grown region and grow again, `iterations` times.
 */
export function growConfidenceConnected(dims: Dims, data: VoxelArray, seed: readonly [number, number, number], options: GrowConfidenceConnectedOptions = {}): ConfidenceGrowResult {
  const k = options.multiplier ?? 2.5;
  const rounds = options.iterations ?? 4;
  const rad = options.initialRadius ?? 1;
  const [ni, nj, nk] = dims;
  const s = seed.map(Math.round);
  let sum = 0, sum2 = 0, n = 0;
  for (let z = Math.max(0, s[2] - rad); z <= Math.min(nk - 1, s[2] + rad); z++)
    for (let y = Math.max(0, s[1] - rad); y <= Math.min(nj - 1, s[1] + rad); y++)
      for (let x = Math.max(0, s[0] - rad); x <= Math.min(ni - 1, s[0] + rad); x++) {
        const v = data[x + ni * (y + nj * z)];
        sum += v;
        sum2 += v * v;
        n++;
      }
  let mean = n ? sum / n : 0;
  let sd = n ? Math.sqrt(Math.max(0, sum2 / n - mean * mean)) : 0;
  let lower = mean - k * sd, upper = mean + k * sd;
  let res = growRegion(dims, data, seed, lower, upper, options);
  for (let it = 0; it < rounds && res.voxelCount > 0; it++) {
    const st = regionMoments(dims, data, res.mask);
    mean = st.mean;
    sd = st.sd;
    const nl = mean - k * sd, nu = mean + k * sd;
    if (nl === lower && nu === upper) break;
    lower = nl;
    upper = nu;
    res = growRegion(dims, data, seed, lower, upper, options);
  }
  return { ...res, lower, upper };
}

function regionMoments(dims: Dims, data: VoxelArray, mask: Mask): { mean: number; sd: number } {
  let sum = 0, sum2 = 0, n = 0;
  const b = mask.bbox;
  if (!b) return { mean: 0, sd: 0 };
  for (let z = b[0][2]; z <= b[1][2]; z++)
    for (let y = b[0][1]; y <= b[1][1]; y++) {
      const row = (z * dims[1] + y) * dims[0];
      for (let x = row + b[0][0]; x <= row + b[1][0]; x++)
        if (mask.data[x] !== 0) {
          const v = data[x];
          sum += v;
          sum2 += v * v;
          n++;
        }
    }
  const mean = sum / n;
  return { mean, sd: Math.sqrt(Math.max(0, sum2 / n - mean * mean)) };
}
