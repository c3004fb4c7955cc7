import type { Mask, PatientPoint, Volume } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import { sphereOffsets } from './sphereOffsets';

/** Radius (mm) of a 1 cm³ sphere: (3/(4π))^(1/3) · 10 mm. */
export const PEAK_SPHERE_RADIUS_MM = 6.2035;

export interface SuvPeak {
  /** Peak value, in the volume's unit. NaN for an empty ROI. */
  readonly peak: number;
  /** Centre (patient LPS mm) of the sphere giving the peak. */
  readonly peakCenterMm: PatientPoint | null;
  readonly peakCenterIndex: readonly [number, number, number] | null;
  /** Number of voxels averaged at the peak. */
  readonly voxelsInSphere: number;
}

export interface ComputeSuvPeakOptions {
  /** Default PEAK_SPHERE_RADIUS_MM (1 cm³). */
  readonly radiusMm?: number;
}

/**
 * IBSI 0F91 global intensity peak (SUVpeak): the highest mean value over the voxels whose centres lie
 * within radiusMm of a ROI voxel centre, taking every ROI voxel as a candidate centre. The sphere's
 * voxels count whether or not they are in the ROI; voxels outside the image are left out of the
 * mean. Sphere offsets are precomputed once per spacing; cost = ROI voxels × sphere voxels.
 * Ties keep the first candidate in scan order.
 */
export function computeSuvPeak(volume: Volume, mask: Mask, options: ComputeSuvPeakOptions = {}): SuvPeak {
  const b = mask.bbox;
  const none: SuvPeak = { peak: NaN, peakCenterMm: null, peakCenterIndex: null, voxelsInSphere: 0 };
  if (!b) return none;
  const g = volume.geometry;
  const [ni, nj, nk] = g.dimensions;
  const nij = ni * nj;
  const off = sphereOffsets(g.spacing, options.radiusMm ?? PEAK_SPHERE_RADIUS_MM);
  const no = off.length / 3;
  const lin = new Int32Array(no);
  let ri = 0, rj = 0, rk = 0;
  for (let o = 0; o < no; o++) {
    lin[o] = off[3 * o] + ni * off[3 * o + 1] + nij * off[3 * o + 2];
    ri = Math.max(ri, Math.abs(off[3 * o]));
    rj = Math.max(rj, Math.abs(off[3 * o + 1]));
    rk = Math.max(rk, Math.abs(off[3 * o + 2]));
  }
  const v = volume.data, m = mask.data;
  let best = -Infinity, bestN = 0, bi = -1, bj = -1, bk = -1;
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++) {
      const row = k * nij + j * ni;
      for (let i = b[0][0]; i <= b[1][0]; i++) {
        const c = row + i;
        if (m[c] === 0) continue;
        let sum = 0, n = no;
        if (i >= ri && j >= rj && k >= rk && i < ni - ri && j < nj - rj && k < nk - rk) {
          for (let o = 0; o < no; o++) sum += v[c + lin[o]];
        } else {
          n = 0;
          for (let o = 0; o < no; o++) {
            const x = i + off[3 * o], y = j + off[3 * o + 1], z = k + off[3 * o + 2];
            if (x < 0 || y < 0 || z < 0 || x >= ni || y >= nj || z >= nk) continue;
            sum += v[c + lin[o]];
            n++;
          }
        }
        const mean = sum / n;
        if (mean > best) {
          best = mean;
          bestN = n;
          bi = i;
          bj = j;
          bk = k;
        }
      }
    }
  if (bi < 0) return none;
  return { peak: best, peakCenterMm: voxelToPatient(g, voxelIndex(bi, bj, bk)), peakCenterIndex: [bi, bj, bk], voxelsInSphere: bestN };
}
