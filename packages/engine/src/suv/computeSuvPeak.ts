import type { Mask, PatientPoint, Volume } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import { computeSuvPeakAt, PEAK_SPHERE_RADIUS_MM } from './computeSuvPeakAt';

export { PEAK_SPHERE_RADIUS_MM };

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
  if (!b) return { peak: NaN, peakCenterMm: null, peakCenterIndex: null, voxelsInSphere: 0 };
  const [ni, nj] = mask.dimensions;
  const cand: number[] = [];
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++) {
      const row = (k * nj + j) * ni;
      for (let n = row + b[0][0]; n <= row + b[1][0]; n++) if (mask.data[n] !== 0) cand.push(n);
    }
  const r = computeSuvPeakAt(volume, cand, options.radiusMm);
  if (r.center < 0) return { peak: NaN, peakCenterMm: null, peakCenterIndex: null, voxelsInSphere: 0 };
  const i = r.center % ni, j = Math.floor(r.center / ni) % nj, k = Math.floor(r.center / (ni * nj));
  return { peak: r.peak, peakCenterMm: voxelToPatient(volume.geometry, voxelIndex(i, j, k)), peakCenterIndex: [i, j, k], voxelsInSphere: r.voxelsInSphere };
}
