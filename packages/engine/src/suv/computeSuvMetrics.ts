import type { IntensityUnit, Mask, PatientPoint, Volume } from '@caliper/core';
import { computeSuvPeak } from './computeSuvPeak';
import type { ComputeSuvPeakOptions } from './computeSuvPeak';
import type { RoiStats } from '../stats/computeRoiStats';

export type SuvUnit = 'SUVbw' | 'SUL' | 'SUVbsa';

export const isSuvUnit = (u: IntensityUnit): u is SuvUnit => u === 'SUVbw' || u === 'SUL' || u === 'SUVbsa';

export interface SuvMetrics {
  /** SUV type = unit of max, mean and peak. */
  readonly type: SuvUnit;
  readonly max: number;
  readonly mean: number;
  /** IBSI 0F91 SUVpeak (1 cm³ sphere). */
  readonly peak: number;
  readonly peakCenterMm: PatientPoint | null;
  /** Metabolic tumour volume = ROI volume, mL. */
  readonly mtvMl: number;
  /** Total lesion glycolysis = SUVmean × MTV, unit `${type}·mL`. */
  readonly tlg: number;
}

/**
 * PET lesion metrics for a ROI on an SUV volume: SUVmax, SUVmean, SUVpeak, MTV and TLG.
 * `stats` (from computeRoiStats on the same volume and mask) supplies max, mean and volume.
 */
export function computeSuvMetrics(volume: Volume, mask: Mask, stats: Pick<RoiStats, 'max' | 'mean' | 'volumeMl'>, options: ComputeSuvPeakOptions = {}): SuvMetrics {
  if (!isSuvUnit(volume.unit)) throw new Error(`computeSuvMetrics: volume unit is ${volume.unit}, not an SUV unit`);
  const pk = computeSuvPeak(volume, mask, options);
  return {
    type: volume.unit,
    max: stats.max,
    mean: stats.mean,
    peak: pk.peak,
    peakCenterMm: pk.peakCenterMm,
    mtvMl: stats.volumeMl,
    tlg: stats.mean * stats.volumeMl,
  };
}
