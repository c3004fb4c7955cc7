import type { Mask, Volume } from '@caliper/core';
import { thresholdToMask } from '../../roi/thresholdToMask';
import { gatherValues } from '../../stats/computeRoiStats';
import type { ResegmentationSettings } from '../settings/radiomicsSettings';

export interface Resegmented {
  /** IBSI intensity mask (SEFI). */
  readonly mask: Mask;
  /** The inclusive range actually applied (range ∩ μ ± kσ); null bounds open. */
  readonly range: readonly [number | null, number | null];
}

/**
 * IBSI re-segmentation (IF9H) of the morphological mask into the intensity mask: the range first
 * (USB3, inclusive), then the outlier filter (7ACA) μ ± kσ with μ, σ (population) of the voxels
 * left by the range. Without either, the intensity mask is the morphological mask.
 */
export function resegmentMask(volume: Volume, morphological: Mask, settings: ResegmentationSettings): Resegmented {
  let [lo, hi] = settings.range;
  let mask = lo === null && hi === null ? morphological : thresholdToMask(volume, { within: morphological, ...(lo !== null ? { min: lo } : {}), ...(hi !== null ? { max: hi } : {}) });
  if (settings.outlierSigma !== null && mask.bbox) {
    const v = gatherValues(volume, mask);
    let sum = 0;
    for (let q = 0; q < v.length; q++) sum += v[q];
    const mean = sum / v.length;
    let ss = 0;
    for (let q = 0; q < v.length; q++) ss += (v[q] - mean) ** 2;
    const sd = Math.sqrt(ss / v.length);
    const a = mean - settings.outlierSigma * sd, b = mean + settings.outlierSigma * sd;
    lo = lo === null ? a : Math.max(lo, a);
    hi = hi === null ? b : Math.min(hi, b);
    mask = thresholdToMask(volume, { within: mask, min: lo, max: hi });
  }
  return { mask, range: [lo, hi] };
}
