import type { Mask, Volume, VoxelArray } from '@caliper/core';

export interface ThresholdExcludingOptions {
  /** Inclusive lower bound, in the volume's unit (SUVbw here). */
  readonly min: number;
  /** Voxels set here never pass (physiological uptake, a reader's exclusion). */
  readonly exclude?: Mask | null;
  /** Reuse for the result (length = grid size); cleared first (a memset) unless outIsZeroed. */
  readonly out?: Uint8Array;
  /** `out` is known to be all zero: skip clearing it. */
  readonly outIsZeroed?: boolean;
}

/** A threshold mask that also lists its voxels: labelling then visits them instead of scanning the grid. */
export interface ThresholdMask extends Mask {
  /** Flat indices of the set voxels, increasing (scan order). */
  readonly voxels: Int32Array;
}

/**
 * Whole-grid threshold for burden segmentation: voxel = 1 when value >= min (inclusive, as issue
 * 14 states) and not excluded, else 0. One flat read-only pass collects the set voxels (lesions are
 * a tiny fraction of a whole-body grid, so the rare branch costs little); the mask is then a memset
 * and a scatter, cheaper than writing every voxel from the loop; the bbox follows from the list.
 * Unlike `thresholdToMask` with `within`, the exclusion needs no inverted copy of the mask.
 */
export function thresholdExcluding(volume: Volume, options: ThresholdExcludingOptions): ThresholdMask {
  const dims = volume.geometry.dimensions;
  const [ni, nj, nk] = dims;
  const n = ni * nj * nk;
  const out = options.out ?? new Uint8Array(n);
  if (out.length !== n) throw new Error(`thresholdExcluding: out has ${out.length} voxels, grid has ${n}`);
  const ex = options.exclude?.bbox ? options.exclude.data : undefined;
  const voxels = ex === undefined ? pass(volume.data, options.min, n) : passExcluding(volume.data, options.min, ex, n);
  if (options.out && !options.outIsZeroed) out.fill(0);
  for (let q = 0; q < voxels.length; q++) out[voxels[q]] = 1;
  if (voxels.length === 0) return { dimensions: [ni, nj, nk], data: out, bbox: null, voxels };
  let i0 = Infinity, i1 = -1, j0 = Infinity, j1 = -1;
  const nij = ni * nj;
  for (let q = 0; q < voxels.length; q++) {
    const r = voxels[q] % nij, j = (r / ni) | 0, i = r - j * ni;
    if (i < i0) i0 = i;
    if (i > i1) i1 = i;
    if (j < j0) j0 = j;
    if (j > j1) j1 = j;
  }
  const k0 = (voxels[0] / nij) | 0, k1 = (voxels[voxels.length - 1] / nij) | 0;
  return { dimensions: [ni, nj, nk], data: out, bbox: [[i0, j0, k0], [i1, j1, k1]], voxels };
}

function pass(v: VoxelArray, min: number, n: number): Int32Array {
  let list: Int32Array = new Int32Array(1 << 14), c = 0;
  for (let p = 0; p < n; p++) {
    if (v[p] >= min) {
      if (c === list.length) list = grow(list);
      list[c++] = p;
    }
  }
  return list.subarray(0, c);
}

function passExcluding(v: VoxelArray, min: number, ex: Uint8Array, n: number): Int32Array {
  let list: Int32Array = new Int32Array(1 << 14), c = 0;
  for (let p = 0; p < n; p++) {
    if (v[p] >= min && ex[p] === 0) {
      if (c === list.length) list = grow(list);
      list[c++] = p;
    }
  }
  return list.subarray(0, c);
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
