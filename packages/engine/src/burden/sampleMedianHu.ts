import type { Geometry, Volume } from '@caliper/core';
import { patientToVoxel, voxelIndex, voxelToPatient } from '@caliper/core';

/**
 * Median CT value (HU) at the centres of the given voxels of another grid (`geometry`, e.g. the
 * PET's), nearest CT voxel, no resampling of the whole CT. Null when none falls inside the CT.
 */
export function sampleMedianHu(ct: Volume, geometry: Geometry, voxels: ArrayLike<number>): number | null {
  const [ni, nj] = geometry.dimensions;
  const [ci, cj, ck] = ct.geometry.dimensions;
  const vals: number[] = [];
  for (let q = 0; q < voxels.length; q++) {
    const p = voxels[q];
    const k = Math.floor(p / (ni * nj)), r = p - k * ni * nj, j = Math.floor(r / ni), i = r - j * ni;
    const c = patientToVoxel(ct.geometry, voxelToPatient(geometry, voxelIndex(i, j, k)));
    const x = Math.round(c[0]), y = Math.round(c[1]), z = Math.round(c[2]);
    if (x < 0 || y < 0 || z < 0 || x >= ci || y >= cj || z >= ck) continue;
    vals.push(ct.data[x + ci * (y + cj * z)]);
  }
  if (vals.length === 0) return null;
  vals.sort((a, b) => a - b);
  const m = vals.length >> 1;
  return vals.length % 2 ? vals[m] : (vals[m - 1] + vals[m]) / 2;
}
