import type { VoxelArray } from '@caliper/core';

/** Mean stored value of the voxels (flat indices) in every phase (one number per phase). */
export function meanRoiSignal(phases: readonly VoxelArray[], voxels: ArrayLike<number>): Float64Array {
  const out = new Float64Array(phases.length);
  const n = voxels.length;
  if (n === 0) return out;
  for (let p = 0; p < phases.length; p++) {
    const a = phases[p];
    let s = 0;
    for (let q = 0; q < n; q++) s += a[voxels[q]];
    out[p] = s / n;
  }
  return out;
}
