import type { Geometry } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';

/** Patient position (LPS mm) of voxel centre (i, j, k) = o + i·a + j·b + k·c, for loops that need it per voxel. */
export interface GridAffine {
  readonly o: readonly [number, number, number];
  readonly a: readonly [number, number, number];
  readonly b: readonly [number, number, number];
  readonly c: readonly [number, number, number];
}

export function gridAffine(g: Geometry): GridAffine {
  const o = voxelToPatient(g, voxelIndex(0, 0, 0));
  const d = (i: number, j: number, k: number): [number, number, number] => {
    const p = voxelToPatient(g, voxelIndex(i, j, k));
    return [p[0] - o[0], p[1] - o[1], p[2] - o[2]];
  };
  return { o: [o[0], o[1], o[2]], a: d(1, 0, 0), b: d(0, 1, 0), c: d(0, 0, 1) };
}
