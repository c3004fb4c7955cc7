import type { Mask, Volume } from '@caliper/core';
import { thresholdToMask } from '../roi/thresholdToMask';

/** How the lower SUV bound is chosen (the bound is inclusive, in the volume's SUV unit). */
export type PetThresholdMode =
  | { readonly kind: 'absolute'; readonly suv: number }
  | { readonly kind: 'percentOfMax'; readonly percent: number }
  /** PERCIST: 1.5 × liver mean + 2 × liver SD (liver ROI stats in the same unit, normally SUL). */
  | { readonly kind: 'percist'; readonly liverMean: number; readonly liverSd: number };

export interface ThresholdPetOptions {
  readonly out?: Uint8Array;
}

/** PERCIST 1.0 minimum measurable activity: 1.5 × mean + 2 × SD of a 3 cm liver ROI. */
export function percistThreshold(liverMean: number, liverSd: number): number {
  return 1.5 * liverMean + 2 * liverSd;
}

/**
 * PET thresholding inside a box/sphere (or any) mask: voxels of `within` at or above an absolute
 * SUV, a percentage of the SUVmax inside `within`, or the PERCIST liver threshold.
 */
export function thresholdPet(volume: Volume, within: Mask, mode: PetThresholdMode, options: ThresholdPetOptions = {}): Mask {
  switch (mode.kind) {
    case 'absolute':
      return thresholdToMask(volume, { within, min: mode.suv, out: options.out });
    case 'percentOfMax':
      return thresholdToMask(volume, { within, percentOfMax: mode.percent, out: options.out });
    case 'percist':
      return thresholdToMask(volume, { within, min: percistThreshold(mode.liverMean, mode.liverSd), out: options.out });
  }
}
