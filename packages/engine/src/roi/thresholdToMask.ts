import type { Mask, Volume, VoxelArray } from '@caliper/core';
import { createMask } from '../mask/createMask';
import type { Bbox } from '../mask/createMask';

export interface ThresholdToMaskOptions {
  /** Lower bound (inclusive), in the volume's unit. */
  readonly min?: number;
  /** Upper bound (inclusive), in the volume's unit. */
  readonly max?: number;
  /** Lower bound as a percentage of the maximum inside `within` (or the whole volume); combined with
   *  `min` by taking the larger of the two. */
  readonly percentOfMax?: number;
  /** Restrict to this mask (and its bbox). */
  readonly within?: Mask;
  readonly out?: Uint8Array;
  /** `out` is known to be all zero: skip clearing it (see createMask). */
  readonly outIsZeroed?: boolean;
}

/**
 * Voxels with min <= value <= max (inclusive bounds), optionally inside another mask. One tight
 * pass over the bbox that also tracks the result's bbox.
 */
export function thresholdToMask(volume: Volume, options: ThresholdToMaskOptions): Mask {
  const dims = volume.geometry.dimensions;
  const within = options.within;
  const full: Bbox = [[0, 0, 0], [dims[0] - 1, dims[1] - 1, dims[2] - 1]];
  const box: Bbox | null = within ? within.bbox : full;
  // Without `within` every voxel is written, so a reused buffer need not be cleared first.
  const mask = within || !options.out ? createMask(dims, { out: options.out, outIsZeroed: options.outIsZeroed }) : { dimensions: dims, data: options.out, bbox: null };
  if (!box) return mask;
  const w = within?.data;
  let lower = options.min ?? -Infinity;
  const upper = options.max ?? Infinity;
  if (options.percentOfMax !== undefined) {
    const mx = maxIn(volume.data, dims, box, w);
    if (mx === -Infinity) return mask;
    lower = Math.max(lower, (options.percentOfMax / 100) * mx);
  }
  const v = volume.data, out = mask.data;
  const [ni, nj] = dims;
  let i0 = Infinity, i1 = -1, j0 = Infinity, j1 = -1, k0 = Infinity, k1 = -1;
  for (let k = box[0][2]; k <= box[1][2]; k++)
    for (let j = box[0][1]; j <= box[1][1]; j++) {
      const row = (k * nj + j) * ni;
      let first = -1, last = -1;
      const end = row + box[1][0];
      if (w === undefined) {
        for (let n = row + box[0][0]; n <= end; n++) {
          const x = v[n];
          if (x >= lower && x <= upper) {
            out[n] = 1;
            if (first < 0) first = n;
            last = n;
          } else out[n] = 0;
        }
      } else {
        for (let n = row + box[0][0]; n <= end; n++) {
          const x = v[n];
          if (x >= lower && x <= upper && w[n] !== 0) {
            out[n] = 1;
            if (first < 0) first = n;
            last = n;
          } else out[n] = 0;
        }
      }
      if (first < 0) continue;
      if (first - row < i0) i0 = first - row;
      if (last - row > i1) i1 = last - row;
      if (j < j0) j0 = j;
      if (j > j1) j1 = j;
      if (k < k0) k0 = k;
      k1 = k;
    }
  return { ...mask, bbox: i1 < 0 ? null : [[i0, j0, k0], [i1, j1, k1]] };
}

function maxIn(v: VoxelArray, dims: readonly number[], box: Bbox, w: Uint8Array | undefined): number {
  let mx = -Infinity;
  for (let k = box[0][2]; k <= box[1][2]; k++)
    for (let j = box[0][1]; j <= box[1][1]; j++) {
      const row = (k * dims[1] + j) * dims[0];
      for (let n = row + box[0][0]; n <= row + box[1][0]; n++) if ((w === undefined || w[n] !== 0) && v[n] > mx) mx = v[n];
    }
  return mx;
}
