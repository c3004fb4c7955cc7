import type { Geometry } from '@caliper/core';
import { voxelIndex, voxelToPatient, voxelVolumeMm3 } from '@caliper/core';
import type { Vec3 } from '@caliper/core';
import { suvPeak } from './suvPeak';

export interface PetLesionStats {
  readonly voxelCount: number;
  readonly SUVmax_SUVbw: number;
  readonly SUVmean_SUVbw: number;
  readonly SUVpeak_SUVbw: number;
  readonly SUVpeakCentre_lps_mm: Vec3;
  readonly MTV_SUV2_5_mL: number;
  readonly TLG_SUV2_5_SUVbw_mL: number;
  readonly MTV_41pctMax_mL: number;
  readonly TLG_41pctMax_SUVbw_mL: number;
  readonly threshold41pct_SUVbw: number;
}

export const PET_DEFINITIONS = {
  roi: 'lesion mask on the PET grid: voxels whose centre lies inside the analytic lesion surface (incl. necrotic core)',
  SUV: 'SUVbw = stored × RescaleSlope × PatientWeight[g] / (RadionuclideTotalDose × 2^(−(SeriesTime − RadiopharmaceuticalStartDateTime)/RadionuclideHalfLife)), DecayCorrection START',
  SUVpeak: 'IBSI global intensity peak: max over ROI voxel centres of the mean SUV of all voxels whose centre is within 6.2035 mm (1 cm³ sphere), voxels outside the ROI included',
  MTV: 'volume of the voxels of the search VOI (lesion surface scaled ×1.5 about its centre, voxel-centre rule) with SUV ≥ threshold; 41 % threshold = 0.41 × max SUV in the search VOI',
  TLG: 'MTV × mean SUV of the same thresholded voxels',
};

function thresholded(suv: ArrayLike<number>, voi: Int32Array, t: number, vox: number): [number, number] {
  let n = 0;
  let sum = 0;
  for (const idx of voi) {
    const s = suv[idx];
    if (s >= t) {
      n++;
      sum += s;
    }
  }
  const mtv = (n * vox) / 1000;
  return [mtv, n > 0 ? mtv * (sum / n) : 0];
}

/** PET ground truth of one lesion, computed from the SUV values of the written voxels. */
export function petStats(g: Geometry, suv: ArrayLike<number>, roi: Int32Array, searchVoi: Int32Array): PetLesionStats {
  let max = -Infinity;
  let sum = 0;
  for (const idx of roi) {
    const s = suv[idx];
    sum += s;
    if (s > max) max = s;
  }
  let voiMax = -Infinity;
  for (const idx of searchVoi) voiMax = Math.max(voiMax, suv[idx]);
  const vox = voxelVolumeMm3(g);
  const peak = suvPeak(g, suv, roi);
  const [ni, nj] = g.dimensions;
  const c = peak.centreIndex;
  const t41 = 0.41 * voiMax;
  const [mtv25, tlg25] = thresholded(suv, searchVoi, 2.5, vox);
  const [mtv41, tlg41] = thresholded(suv, searchVoi, t41, vox);
  const centre = voxelToPatient(g, voxelIndex(c % ni, Math.floor(c / ni) % nj, Math.floor(c / (ni * nj))));
  return {
    voxelCount: roi.length,
    SUVmax_SUVbw: max,
    SUVmean_SUVbw: sum / roi.length,
    SUVpeak_SUVbw: peak.value,
    SUVpeakCentre_lps_mm: [centre[0], centre[1], centre[2]],
    MTV_SUV2_5_mL: mtv25,
    TLG_SUV2_5_SUVbw_mL: tlg25,
    MTV_41pctMax_mL: mtv41,
    TLG_41pctMax_SUVbw_mL: tlg41,
    threshold41pct_SUVbw: t41,
  };
}
