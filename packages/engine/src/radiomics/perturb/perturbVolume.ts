import type { Volume } from '@caliper/core';
import type { Bbox } from '../../mask/createMask';
import { addGaussianNoise } from './addGaussianNoise';
import { translateVolume } from './translateVolume';
import type { Perturbation } from './types';

/** The image under one perturbation (erosion and dilation leave it as it is); `sigma` for noise, `within` the box noise is added in. */
export function perturbVolume(volume: Volume, perturbation: { readonly kind: 'none' } | Perturbation, sigma: number, within: Bbox | null): Volume {
  switch (perturbation.kind) {
    case 'translate':
      return translateVolume(volume, perturbation.shiftVoxels);
    case 'noise':
      return addGaussianNoise(volume, sigma, perturbation.seed, within);
    default:
      return volume;
  }
}
