import type { PatientPoint, Result, Volume } from '@caliper/core';
import { err, ok, patientToVoxel } from '@caliper/core';
import { sphereToMask } from '../roi/sphereToMask';
import { computeRoiStats } from '../stats/computeRoiStats';
import type { ReferenceStats } from './types';

export interface MeasureLiverReferenceOptions {
  /** Default 15 mm (a 3 cm sphere, PERCIST 1.0). */
  readonly radiusMm?: number;
  /** Largest accepted SD/mean; default 0.30 (above it the sphere is not in homogeneous liver). */
  readonly maxCv?: number;
}

export interface LiverReference extends ReferenceStats {
  /** Coefficient of variation SD/mean (unitless). */
  readonly cv: number;
}

/**
 * PERCIST 1.0 liver reference: mean and population SD of the voxels whose centres lie within
 * 15 mm of `centerMm` (patient LPS mm), in the volume's unit (SUVbw here; SUL = SUVbw × LBM/W
 * scales mean and SD alike). The whole sphere must lie inside the image (its extent within the
 * outer faces of the edge voxels), and its CV must not exceed maxCv: errors otherwise, since a
 * liver reference that is partly outside the body or straddles a lesion or vessel is unusable.
 * Ignores any exclusion (issue 14 step 7).
 */
export function measureLiverReference(volume: Volume, centerMm: PatientPoint, options: MeasureLiverReferenceOptions = {}): Result<LiverReference, string> {
  const r = options.radiusMm ?? 15;
  const maxCv = options.maxCv ?? 0.3;
  const g = volume.geometry;
  const c = patientToVoxel(g, centerMm);
  for (let d = 0; d < 3; d++) {
    const ext = r / g.spacing[d];
    if (c[d] - ext < -0.5 - 1e-9 || c[d] + ext > g.dimensions[d] - 0.5 + 1e-9)
      return err(`liver sphere (${2 * r} mm at [${centerMm.map((x) => x.toFixed(1)).join(', ')}] mm) is not entirely inside the image`);
  }
  const stats = computeRoiStats(volume, sphereToMask(g, centerMm, r));
  if (stats.voxelCount === 0) return err('liver sphere holds no voxel centre');
  const cv = stats.mean > 0 ? stats.sd / stats.mean : Infinity;
  if (!(cv <= maxCv)) return err(`liver sphere SUV coefficient of variation ${cv.toFixed(3)} > ${maxCv.toFixed(2)}: not in homogeneous liver`);
  return ok({ mean: stats.mean, sd: stats.sd, voxelCount: stats.voxelCount, cv });
}
