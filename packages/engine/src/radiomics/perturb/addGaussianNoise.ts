import type { Volume } from '@caliper/core';
import type { Bbox } from '../../mask/createMask';
import { gaussianNoiseAt } from './gaussianNoiseAt';

/**
 * The image plus white Gaussian noise: voxel q gets value + σ·gaussianNoiseAt(seed, q), σ in the
 * series unit. The noise-addition perturbation of Zwanenburg et al. 2019 (Sci Rep 9:614), there with
 * σ the image's estimated noise (estimateNoiseSigma). Only voxels in `within` (inclusive voxel box)
 * are perturbed when given — as each voxel's noise depends on its index alone, that equals whole-image
 * noise seen from any computation that reads only inside the box. Float32 output.
 */
export function addGaussianNoise(volume: Volume, sigma: number, seed: number, within?: Bbox | null): Volume<Float32Array> {
  const out = new Float32Array(volume.data);
  const [ni, nj, nk] = volume.geometry.dimensions;
  const b = within ?? [[0, 0, 0], [ni - 1, nj - 1, nk - 1]];
  if (sigma === 0) return { ...volume, data: out };
  for (let k = b[0][2]; k <= b[1][2]; k++) {
    for (let j = b[0][1]; j <= b[1][1]; j++) {
      const row = (k * nj + j) * ni;
      for (let i = b[0][0]; i <= b[1][0]; i++) out[row + i] += sigma * gaussianNoiseAt(seed, row + i);
    }
  }
  return { ...volume, data: out };
}
