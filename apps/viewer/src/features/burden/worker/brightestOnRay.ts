import type { Volume } from '@caliper/core';
import { asPatient, patientToVoxel, voxelIndex, voxelToPatient } from '@caliper/core';

/**
 * The centre of the voxel a maximum-intensity projection shows at a click: the highest-valued
 * voxel along the line through `pointMm` with direction `dir` (patient LPS mm), sampled at half the
 * smallest voxel spacing, nearest voxel per sample (the first on ties). Null when the line misses the volume.
 */
export function brightestOnRay(volume: Volume, pointMm: readonly [number, number, number], dir: readonly [number, number, number]): [number, number, number] | null {
  const g = volume.geometry, [ni, nj, nk] = g.dimensions;
  const len = Math.hypot(dir[0], dir[1], dir[2]);
  if (!(len > 0)) return null;
  const u = dir.map((x) => x / len);
  const step = Math.min(...g.spacing) / 2;
  const reach = Math.hypot(ni * g.spacing[0], nj * g.spacing[1], nk * g.spacing[2]);
  let best = -1, bestV = -Infinity;
  for (let t = -reach; t <= reach; t += step) {
    const c = patientToVoxel(g, asPatient([pointMm[0] + t * u[0], pointMm[1] + t * u[1], pointMm[2] + t * u[2]])).map(Math.round);
    if (c[0] < 0 || c[1] < 0 || c[2] < 0 || c[0] >= ni || c[1] >= nj || c[2] >= nk) continue;
    const p = (c[2] * nj + c[1]) * ni + c[0];
    if (volume.data[p] > bestV) {
      bestV = volume.data[p];
      best = p;
    }
  }
  if (best < 0) return null;
  const k = Math.floor(best / (ni * nj)), j = Math.floor(best / ni) % nj, i = best % ni;
  const w = voxelToPatient(g, voxelIndex(i, j, k));
  return [w[0], w[1], w[2]];
}
