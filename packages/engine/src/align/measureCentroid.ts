import type { PatientPoint } from '@caliper/core';
import { patientPoint, voxelIndex, voxelToPatient } from '@caliper/core';
import type { CoarseVolume } from './coarseVolume';

/**
 * Centre of mass (patient LPS mm) of the voxels above `threshold` (in the volume's unit; e.g.
 * −500 HU: the body without the air around it), each voxel weighted 1, and how many there are.
 * Null when no voxel is above the threshold.
 */
export function measureCentroid(volume: CoarseVolume, threshold: number): { readonly centre: PatientPoint; readonly count: number } | null {
  const [ni, nj, nk] = volume.geometry.dimensions;
  const d = volume.data;
  let n = 0, si = 0, sj = 0, sk = 0;
  for (let k = 0, p = 0; k < nk; k++)
    for (let j = 0; j < nj; j++)
      for (let i = 0; i < ni; i++, p++)
        if (d[p] > threshold) {
          n++;
          si += i;
          sj += j;
          sk += k;
        }
  if (n === 0) return null;
  const c = voxelToPatient(volume.geometry, voxelIndex(si / n, sj / n, sk / n));
  return { centre: patientPoint(c[0], c[1], c[2]), count: n };
}
