import type { Geometry, Volume } from '@caliper/core';
import { patientToVoxel, voxelIndex, voxelToPatient } from '@caliper/core';

/**
 * HU of the CT voxel nearest to the centre of voxel (i, j, k) of another grid (same frame of
 * reference, any orientation and spacing), NaN outside the CT: a precomputed affine map from one
 * grid's indices to the other's, so sampling a CT under every voxel of a PET region costs a few
 * multiply-adds each (no resampling of the CT, as sampleMedianHu).
 */
export function makeHuSampler(ct: Volume, geometry: Geometry): (i: number, j: number, k: number) => number {
  const o = patientToVoxel(ct.geometry, voxelToPatient(geometry, voxelIndex(0, 0, 0)));
  const axis = (i: number, j: number, k: number) => {
    const q = patientToVoxel(ct.geometry, voxelToPatient(geometry, voxelIndex(i, j, k)));
    return [q[0] - o[0], q[1] - o[1], q[2] - o[2]];
  };
  const a = axis(1, 0, 0), b = axis(0, 1, 0), c = axis(0, 0, 1);
  const [ni, nj, nk] = ct.geometry.dimensions;
  const d = ct.data;
  return (i, j, k) => {
    const x = Math.round(o[0] + i * a[0] + j * b[0] + k * c[0]);
    const y = Math.round(o[1] + i * a[1] + j * b[1] + k * c[1]);
    const z = Math.round(o[2] + i * a[2] + j * b[2] + k * c[2]);
    return x < 0 || y < 0 || z < 0 || x >= ni || y >= nj || z >= nk ? Number.NaN : d[x + ni * (y + nj * z)];
  };
}
