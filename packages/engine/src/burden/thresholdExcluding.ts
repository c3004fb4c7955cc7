import type { Mask, Volume } from '@caliper/core';

export interface ThresholdExcludingOptions {
  /** Inclusive lower bound, in the volume's unit (SUVbw here). */
  readonly min: number;
  /** Voxels set here never pass (physiological uptake, a reader's exclusion). */
  readonly exclude?: Mask | null;
  /** Reuse for the result (length = grid size); every voxel is written, so it need not be cleared. */
  readonly out?: Uint8Array;
}

/**
 * Whole-grid threshold for burden segmentation: voxel = 1 when value >= min (inclusive, as issue
 * 14 states) and not excluded, else 0, in one pass that also tracks the result's bbox. Unlike
 * `thresholdToMask` with `within`, the exclusion needs no inverted copy of the mask.
 */
export function thresholdExcluding(volume: Volume, options: ThresholdExcludingOptions): Mask {
  const dims = volume.geometry.dimensions;
  const [ni, nj, nk] = dims;
  const n = ni * nj * nk;
  const out = options.out ?? new Uint8Array(n);
  if (out.length !== n) throw new Error(`thresholdExcluding: out has ${out.length} voxels, grid has ${n}`);
  const v = volume.data, min = options.min;
  const ex = options.exclude?.bbox ? options.exclude.data : undefined;
  let i0 = Infinity, i1 = -1, j0 = Infinity, j1 = -1, k0 = Infinity, k1 = -1;
  for (let k = 0; k < nk; k++)
    for (let j = 0; j < nj; j++) {
      const row = (k * nj + j) * ni;
      let first = -1, last = -1;
      if (ex === undefined) {
        for (let p = row, e = row + ni; p < e; p++) {
          if (v[p] >= min) {
            out[p] = 1;
            if (first < 0) first = p;
            last = p;
          } else out[p] = 0;
        }
      } else {
        for (let p = row, e = row + ni; p < e; p++) {
          if (v[p] >= min && ex[p] === 0) {
            out[p] = 1;
            if (first < 0) first = p;
            last = p;
          } else out[p] = 0;
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
  return { dimensions: [ni, nj, nk], data: out, bbox: i1 < 0 ? null : [[i0, j0, k0], [i1, j1, k1]] };
}
