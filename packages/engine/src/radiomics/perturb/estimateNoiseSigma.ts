import type { Volume } from '@caliper/core';

/** At most this many wavelet coefficients enter the median (a regular sub-sample beyond). */
const MAX_COEFFICIENTS = 1 << 20;

/**
 * The image's noise SD (series unit) by the wavelet median-absolute-deviation estimator of Donoho &
 * Johnstone (1994), as Chang et al. (2000) and Zwanenburg et al. 2019 use to set the noise they add:
 * σ̂ = median |HH| / 0.6745 over the finest diagonal Haar coefficients HH = (a − b − c + d)/2 of the
 * non-overlapping in-plane 2×2 blocks of every slice (orthonormal, so white noise of SD σ gives HH
 * of SD σ). Beyond 2²⁰ blocks, every s-th block is used (deterministic). 0 for a noise-free image or one
 * narrower than 2 voxels in-plane.
 */
export function estimateNoiseSigma(volume: Volume): number {
  const [ni, nj, nk] = volume.geometry.dimensions;
  const bi = ni >> 1, bj = nj >> 1;
  const blocks = bi * bj * nk;
  if (blocks === 0) return 0;
  const stride = Math.max(1, Math.ceil(blocks / MAX_COEFFICIENTS));
  const hh = new Float64Array(Math.ceil(blocks / stride));
  const d = volume.data;
  let n = 0;
  for (let b = 0; b < blocks; b += stride) {
    const k = Math.floor(b / (bi * bj)), r = b % (bi * bj);
    const i = 2 * (r % bi), j = 2 * Math.floor(r / bi);
    const q = (k * nj + j) * ni + i;
    hh[n++] = Math.abs(d[q] - d[q + 1] - d[q + ni] + d[q + ni + 1]) / 2;
  }
  const sorted = hh.subarray(0, n).sort();
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return median / 0.6745;
}
