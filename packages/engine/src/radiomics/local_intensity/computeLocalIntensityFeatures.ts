import type { Mask, Volume } from '@caliper/core';
import { computeSuvPeak } from '../../suv/computeSuvPeak';
import { computeSuvPeakAt } from '../../suv/computeSuvPeakAt';
import type { FeatureValues } from '../catalogue/featureValues';
import { finiteOrNull } from '../catalogue/featureValues';

/**
 * IBSI local intensity features (9ST6), in the series unit: the mean over every image voxel whose
 * centre lies within 6.2035 mm (a 1 cm³ sphere) of a centre voxel, ROI or not (voxels beyond the
 * image are left out). VJGA local intensity peak: centres = the intensity-mask voxels holding the
 * maximum (the highest mean among them); 0F91 global intensity peak: centres = every
 * intensity-mask voxel. `volume` must extend ≥ 6.2035 mm beyond the ROI where the image does.
 */
export function computeLocalIntensityFeatures(volume: Volume, intensity: Mask): FeatureValues {
  const b = intensity.bbox;
  if (!b) return { VJGA: null, '0F91': null };
  const [ni, nj] = volume.geometry.dimensions;
  const v = volume.data, m = intensity.data;
  let mx = -Infinity;
  const top: number[] = [];
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++)
      for (let n = (k * nj + j) * ni + b[0][0], e = (k * nj + j) * ni + b[1][0]; n <= e; n++) {
        if (!m[n]) continue;
        if (v[n] > mx) {
          mx = v[n];
          top.length = 0;
        }
        if (v[n] === mx) top.push(n);
      }
  return { VJGA: finiteOrNull(computeSuvPeakAt(volume, top).peak), '0F91': finiteOrNull(computeSuvPeak(volume, intensity).peak) };
}
