import type { Mask, VoxelArray } from '@caliper/core';
import { createMask } from '../mask/createMask';
import type { Dims } from '../mask/createMask';

export interface GrowRegionOptions {
  /** Restrict growth to this mask. */
  readonly within?: Mask;
  /** Stop after this many voxels (a runaway guard); the result then has `truncated: true`. */
  readonly maxVoxels?: number;
  readonly out?: Uint8Array;
  /** Scratch queue of at least maxVoxels (or grid size) entries, reused between calls. */
  readonly queue?: Int32Array;
}

export interface GrowResult {
  readonly mask: Mask;
  readonly voxelCount: number;
  readonly truncated: boolean;
}

/**
 * 3D connected-threshold region growing: every voxel 6-connected to `seed` (voxel index) through
 * voxels with lower <= value <= upper (inclusive, in the volume's unit). If the seed itself is out of
 * bounds the region is empty. Breadth-first over a flat Int32 queue; the bbox is tracked on the way.
 */
export function growRegion(dims: Dims, data: VoxelArray, seed: readonly [number, number, number], lower: number, upper: number, options: GrowRegionOptions = {}): GrowResult {
  const mask = createMask(dims, { out: options.out });
  const [ni, nj, nk] = dims;
  const [si, sj, sk] = seed.map(Math.round);
  const empty = { mask, voxelCount: 0, truncated: false };
  if (si < 0 || sj < 0 || sk < 0 || si >= ni || sj >= nj || sk >= nk) return empty;
  const w = options.within?.data;
  const out = mask.data;
  const nij = ni * nj;
  const start = si + ni * (sj + nj * sk);
  const ok = (n: number): boolean => {
    const x = data[n];
    return x >= lower && x <= upper && (!w || w[n] !== 0);
  };
  if (!ok(start)) return empty;
  const limit = Math.min(options.maxVoxels ?? Infinity, ni * nj * nk);
  const queue = options.queue && options.queue.length >= Math.min(limit, ni * nj * nk) ? options.queue : new Int32Array(Math.min(limit, ni * nj * nk));
  let head = 0, tail = 0, truncated = false;
  let i0 = si, i1 = si, j0 = sj, j1 = sj, k0 = sk, k1 = sk;
  out[start] = 1;
  queue[tail++] = start;
  const visit = (m: number): void => {
    if (out[m] !== 0 || !ok(m)) return;
    if (tail >= limit) {
      truncated = true;
      return;
    }
    out[m] = 1;
    queue[tail++] = m;
  };
  while (head < tail) {
    const n = queue[head++];
    const k = (n / nij) | 0, r = n - k * nij, j = (r / ni) | 0, i = r - j * ni;
    if (i < i0) i0 = i; else if (i > i1) i1 = i;
    if (j < j0) j0 = j; else if (j > j1) j1 = j;
    if (k < k0) k0 = k; else if (k > k1) k1 = k;
    if (i > 0) visit(n - 1);
    if (i < ni - 1) visit(n + 1);
    if (j > 0) visit(n - ni);
    if (j < nj - 1) visit(n + ni);
    if (k > 0) visit(n - nij);
    if (k < nk - 1) visit(n + nij);
  }
  return { mask: { ...mask, bbox: [[i0, j0, k0], [i1, j1, k1]] }, voxelCount: tail, truncated };
}
