import type { PatientPoint, Volume } from '@caliper/core';
import { computeRoiStats } from '../stats/computeRoiStats';
import { cylinderToMask } from './cylinderToMask';
import type { ReferenceStats } from './types';

/**
 * PERCIST 1.0 mediastinal blood pool: mean and population SD of the voxels in a 1 cm diameter ×
 * 2 cm upright cylinder (in-plane distance <= 5 mm, |dz| <= 10 mm) around `centerMm` in the
 * descending thoracic aorta, in the volume's unit. Null when no voxel centre lies inside it.
 */
export function measureBloodPool(volume: Volume, centerMm: PatientPoint): ReferenceStats | null {
  const s = computeRoiStats(volume, cylinderToMask(volume.geometry, centerMm, { radiusMm: 5, halfLengthMm: 10 }));
  return s.voxelCount ? { mean: s.mean, sd: s.sd, voxelCount: s.voxelCount } : null;
}
