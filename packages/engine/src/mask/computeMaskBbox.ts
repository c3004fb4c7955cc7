import type { Mask } from '@caliper/core';
import type { Bbox, Dims } from './createMask';

export interface ComputeMaskBboxOptions {
  /** Only scan inside this box (known to contain every set voxel). */
  readonly within?: Bbox | null;
}

/** Tight inclusive bounding box of the non-zero voxels of `data`, or null if none is set. */
export function computeMaskBbox(dims: Dims, data: Uint8Array, options: ComputeMaskBboxOptions = {}): Bbox | null {
  const [ni, nj] = dims;
  const w = options.within === undefined ? ([[0, 0, 0], [dims[0] - 1, dims[1] - 1, dims[2] - 1]] as const) : options.within;
  if (w === null) return null;
  let i0 = Infinity, j0 = Infinity, k0 = Infinity, i1 = -1, j1 = -1, k1 = -1;
  for (let k = w[0][2]; k <= w[1][2]; k++) {
    for (let j = w[0][1]; j <= w[1][1]; j++) {
      const row = (k * nj + j) * ni;
      let first = -1, last = -1;
      for (let i = w[0][0]; i <= w[1][0]; i++) {
        if (data[row + i] !== 0) {
          if (first < 0) first = i;
          last = i;
        }
      }
      if (first < 0) continue;
      if (first < i0) i0 = first;
      if (last > i1) i1 = last;
      if (j < j0) j0 = j;
      if (j > j1) j1 = j;
      if (k < k0) k0 = k;
      k1 = k;
    }
  }
  return i1 < 0 ? null : [[i0, j0, k0], [i1, j1, k1]];
}

/** The same mask with its bbox recomputed (tight). */
export function withTightBbox(mask: Mask, options: ComputeMaskBboxOptions = {}): Mask {
  return { dimensions: mask.dimensions, data: mask.data, bbox: computeMaskBbox(mask.dimensions, mask.data, options) };
}
