import type { Volume } from '@caliper/core';
import { sampleShifted } from './sampleShifted';

/**
 * The image resampled on its own lattice shifted by `shiftVoxels` (i, j, k; fractions of a voxel):
 * voxel (i, j, k) takes the trilinear interpolation at (i + si, j + sj, k + sk), edge values repeated
 * beyond the image. A sub-voxel translation as in Zwanenburg et al. 2019 (Sci Rep 9:614), whose
 * translation perturbation moves the sampling grid by a fraction of the voxel spacing and
 * interpolates image and ROI (translateMask) alike. Values stay in the series unit (Float32).
 */
export function translateVolume(volume: Volume, shiftVoxels: readonly [number, number, number]): Volume<Float32Array> {
  const d = volume.geometry.dimensions;
  const all = [[0, 0, 0], [d[0] - 1, d[1] - 1, d[2] - 1]] as const;
  return { ...volume, data: sampleShifted(volume.data, d, shiftVoxels, all, 'nearest', new Float32Array(volume.data.length)) };
}
