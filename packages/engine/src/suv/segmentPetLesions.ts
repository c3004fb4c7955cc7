import type { Mask, PatientPoint, Volume } from '@caliper/core';
import { voxelIndex, voxelToPatient, voxelVolumeMm3 } from '@caliper/core';
import { thresholdToMask } from '../roi/thresholdToMask';
import { labelComponents } from '../mask/labelComponents';
import type { Bbox } from '../mask/createMask';
import { computeSuvPeakAt } from './computeSuvPeakAt';
import type { SuvUnit } from './computeSuvMetrics';
import { isSuvUnit } from './computeSuvMetrics';

export interface PetLesion {
  /** 1 = largest. */
  readonly label: number;
  readonly voxelCount: number;
  readonly bbox: Bbox;
  readonly type: SuvUnit;
  readonly max: number;
  readonly mean: number;
  /** IBSI 0F91 SUVpeak with the lesion's voxels as candidate centres. */
  readonly peak: number;
  readonly peakCenterMm: PatientPoint;
  readonly mtvMl: number;
  /** SUVmean × MTV, unit `${type}·mL`. */
  readonly tlg: number;
}

export interface SegmentPetLesionsOptions {
  /** Inclusive lower SUV bound (e.g. 2.5, 4.0 or a PERCIST threshold). */
  readonly minSuv: number;
  /** Restrict to this mask (e.g. excluding brain and bladder). Default: whole volume. */
  readonly within?: Mask;
  /** Drop lesions smaller than this (mL). Default 0. */
  readonly minVolumeMl?: number;
  /** Reuse for the threshold mask (length = grid size). */
  readonly maskOut?: Uint8Array;
}

/**
 * Whole-body PET lesion segmentation: threshold (inclusive) → 6-connected components → per-lesion
 * SUVmax, SUVmean, SUVpeak, MTV and TLG, computed from each component's voxel list (no second pass
 * over the grid). Sorted by size, largest first.
 */
export function segmentPetLesions(volume: Volume, options: SegmentPetLesionsOptions): PetLesion[] {
  const type = volume.unit;
  if (!isSuvUnit(type)) throw new Error(`segmentPetLesions: volume unit is ${type}, not an SUV unit`);
  const mask = thresholdToMask(volume, { min: options.minSuv, within: options.within, out: options.maskOut });
  const voxMl = voxelVolumeMm3(volume.geometry) / 1000;
  const minVoxels = Math.max(1, Math.ceil((options.minVolumeMl ?? 0) / voxMl - 1e-9));
  const { voxels, components } = labelComponents(mask, { minVoxels, inPlace: true });
  const v = volume.data;
  const [ni, nj] = volume.geometry.dimensions;
  return components.map((c) => {
    const idx = voxels.subarray(c.start, c.start + c.voxelCount);
    let sum = 0, mx = -Infinity;
    for (let q = 0; q < idx.length; q++) {
      const x = v[idx[q]];
      sum += x;
      if (x > mx) mx = x;
    }
    const mean = sum / idx.length;
    const pk = computeSuvPeakAt(volume, idx);
    const i = pk.center % ni, j = Math.floor(pk.center / ni) % nj, k = Math.floor(pk.center / (ni * nj));
    const mtvMl = c.voxelCount * voxMl;
    return { label: c.label, voxelCount: c.voxelCount, bbox: c.bbox, type, max: mx, mean, peak: pk.peak, peakCenterMm: voxelToPatient(volume.geometry, voxelIndex(i, j, k)), mtvMl, tlg: mean * mtvMl };
  });
}
