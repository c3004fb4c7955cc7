import type { Volume } from '@caliper/core';
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
  readonly voxelCount: number;
}

export interface MeasureBodyFrameOptions {
  /** A voxel at or above this value is body (default 0.2 SUVbw: above air, at or below lung). */
  readonly minValue?: number;
}

/**
 * The body's midline and head–foot extent from a PET volume: one pass accumulating the voxel
 * indices of every voxel >= minValue (the mean index maps to the mean patient position, the grid
 * being affine). Null when nothing is body.
 */
export function measureBodyFrame(volume: Volume, options: MeasureBodyFrameOptions = {}): BodyFrame | null {
  const g = volume.geometry;
  const [ni, nj, nk] = g.dimensions;
  const min = options.minValue ?? 0.2;
  const v = volume.data;
  let n = 0, si = 0, sj = 0, sk = 0;
  let i0 = Infinity, i1 = -1, j0 = Infinity, j1 = -1, k0 = Infinity, k1 = -1;
  for (let k = 0, p = 0; k < nk; k++) {
    let inSlice = 0;
    for (let j = 0; j < nj; j++) {
      let row = 0, rowI = 0, first = -1, last = -1;
      for (let i = 0; i < ni; i++, p++) {
        if (v[p] >= min) {
          row++;
          rowI += i;
          if (first < 0) first = i;
          last = i;
        }
      }
      if (row === 0) continue;
      n += row;
      inSlice += row;
      si += rowI;
      sj += j * row;
      if (first < i0) i0 = first;
      if (last > i1) i1 = last;
      if (j < j0) j0 = j;
      if (j > j1) j1 = j;
    }
    if (inSlice === 0) continue;
    sk += k * inSlice;
    if (k < k0) k0 = k;
    k1 = k;
  }
  if (n === 0) return null;
  const c = voxelToPatient(g, voxelIndex(si / n, sj / n, sk / n));
  let top = -Infinity, bottom = Infinity;
  for (const i of [i0, i1]) for (const j of [j0, j1]) for (const k of [k0, k1]) {
    const z = voxelToPatient(g, voxelIndex(i, j, k))[2];
    if (z > top) top = z;
    if (z < bottom) bottom = z;
  }
  return { midXMm: c[0], midYMm: c[1], topZMm: top, bottomZMm: bottom, voxelCount: n };
}
