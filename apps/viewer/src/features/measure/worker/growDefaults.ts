import type { Volume } from '@caliper/core';
import { isSuvUnit } from '@caliper/engine';

export interface GrowBounds {
  readonly lower: number;
  readonly upper: number;
}

/** Fraction of the local SUVmax used as the lower bound on PET (the usual 41 % isocontour). */
export const PET_GROW_FRACTION = 0.41;

/**
 * Default click-to-grow bounds (inclusive, in the volume's unit) from the intensity around the seed
 * (5×5×3 voxels): PET (SUV) → [41 % of the local max, +∞); otherwise (HU, ADC, raw) →
 * mean ± max(4·SD, 10 % of |mean|), wide enough for noise, narrow enough to stop at an organ edge.
 */
export function defaultGrowBounds(volume: Volume, seed: readonly [number, number, number]): GrowBounds {
  const [ni, nj, nk] = volume.geometry.dimensions;
  let n = 0, sum = 0, sum2 = 0, max = -Infinity;
  for (let k = Math.max(0, seed[2] - 1); k <= Math.min(nk - 1, seed[2] + 1); k++)
    for (let j = Math.max(0, seed[1] - 2); j <= Math.min(nj - 1, seed[1] + 2); j++)
      for (let i = Math.max(0, seed[0] - 2); i <= Math.min(ni - 1, seed[0] + 2); i++) {
        const v = volume.data[(k * nj + j) * ni + i];
        n++;
        sum += v;
        sum2 += v * v;
        if (v > max) max = v;
      }
  if (n === 0) return { lower: 0, upper: 0 };
  if (isSuvUnit(volume.unit)) return { lower: PET_GROW_FRACTION * max, upper: Number.POSITIVE_INFINITY };
  const mean = sum / n;
  const sd = Math.sqrt(Math.max(0, sum2 / n - mean * mean));
  const half = Math.max(4 * sd, 0.1 * Math.abs(mean), 1e-6);
  return { lower: mean - half, upper: mean + half };
}
