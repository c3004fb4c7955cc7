import type { Volume, VoxelArray } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';

/** Where the body is, in patient LPS mm (+x patient left, +y posterior, +z head). */
export interface BodyFrame {
  /** Mean x of the body voxels: the left–right midline. */
  readonly midXMm: number;
  /** Mean y of the body voxels: posterior = y above it. */
  readonly midYMm: number;
  /** Head-most and foot-most z of the body voxels' bounding box. */
  readonly topZMm: number;
  readonly bottomZMm: number;
  /** Body voxels counted (on the sampled rows and columns). */
  readonly voxelCount: number;
}

export interface MeasureBodyFrameOptions {
  /** A voxel at or above this value is body (default 0.2 SUVbw: above air, at or below lung). */
  readonly minValue?: number;
  /** Look at every n-th row and column of each slice (every slice is read); default 2. The rules
   *  using the frame work at centimetre scale, so a quarter of the voxels is plenty. */
  readonly stride?: number;
}

/**
 * The body's midline and head–foot extent from a PET volume: one pass accumulating the voxel
 * indices of every (sampled) voxel >= minValue — the mean index maps to the mean patient position,
 * the grid being affine — and the bbox of those voxels. Null when nothing is body.
 */
export function measureBodyFrame(volume: Volume, options: MeasureBodyFrameOptions = {}): BodyFrame | null {
  const g = volume.geometry;
  const s = measure(volume.data, g.dimensions, options.minValue ?? 0.2, Math.max(1, options.stride ?? 2));
  if (s.n === 0) return null;
  const c = voxelToPatient(g, voxelIndex(s.si / s.n, s.sj / s.n, s.sk / s.n));
  let top = -Infinity, bottom = Infinity;
  for (const i of [s.i0, s.i1]) for (const j of [s.j0, s.j1]) for (const k of [s.k0, s.k1]) {
    const z = voxelToPatient(g, voxelIndex(i, j, k))[2];
    if (z > top) top = z;
    if (z < bottom) bottom = z;
  }
  return { midXMm: c[0], midYMm: c[1], topZMm: top, bottomZMm: bottom, voxelCount: s.n };
}

function measure(v: VoxelArray, dims: readonly [number, number, number], min: number, stride: number) {
  const [ni, nj, nk] = dims;
  let n = 0, si = 0, sj = 0, sk = 0;
  let i0 = Infinity, i1 = -1, j0 = Infinity, j1 = -1, k0 = Infinity, k1 = -1;
  for (let k = 0; k < nk; k++) {
    let inSlice = 0;
    for (let j = 0; j < nj; j += stride) {
      const row = (k * nj + j) * ni;
      let count = 0, sumI = 0, first = -1, last = -1;
      for (let i = 0; i < ni; i += stride) {
        if (v[row + i] >= min) {
          count++;
          sumI += i;
          if (first < 0) first = i;
          last = i;
        }
      }
      if (count === 0) continue;
      inSlice += count;
      si += sumI;
      sj += j * count;
      if (first < i0) i0 = first;
      if (last > i1) i1 = last;
      if (j < j0) j0 = j;
      if (j > j1) j1 = j;
    }
    if (inSlice === 0) continue;
    n += inSlice;
    sk += k * inSlice;
    if (k < k0) k0 = k;
    k1 = k;
  }
  return { n, si, sj, sk, i0, i1, j0, j1, k0, k1 };
}
