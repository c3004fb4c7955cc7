import type { Mask, Volume } from '@caliper/core';
import { nextSmoothSize } from './fft/planFft';
import { transformFft3d } from './fft/transformFft3d';

export interface SpatialAutocorrelation {
  /** IBSI N365 Moran's I (unitless); NaN for a constant or one-voxel ROI. */
  readonly moranI: number;
  /** IBSI NPT7 Geary's C (unitless). */
  readonly gearyC: number;
  /** 1: every voxel (exact). s > 1: every s-th voxel per axis (an ROI too large for the FFT memory cap). */
  readonly stride: number;
}

export interface ComputeSpatialAutocorrelationOptions {
  /** Pairwise sums up to this many voxels, FFT convolution above. Default 4096. */
  readonly directMaxVoxels?: number;
  /** Largest FFT grid (points; 3 Float64 complex-halves each). Default 2^23 (≈ 200 MB). Beyond it the
   *  ROI is subsampled on a regular sub-lattice, the approximation IBSI allows for large ROIs. */
  readonly maxFftPoints?: number;
}

/**
 * Moran's I and Geary's C of the intensity-mask values with weights w = 1/distance (mm) between
 * voxel centres, over all pairs k1 ≠ k2 — exactly, not by subsampling. With d = x − μ and K the
 * 1/r kernel (K(0) = 0): A = Σ d·(K∗d), B = Σ d²·(K∗m), W = Σ m·(K∗m) (m the mask), so
 * I = N·A/(W·Σd²) and C = (N − 1)(B − A)/(W·Σd²). Small ROIs sum the pairs directly; larger ones
 * convolve by FFT over the bbox zero-padded to ≥ 2n − 1 per axis (no wrap-around), O(n log n).
 * Only an ROI whose FFT grid would exceed `maxFftPoints` is subsampled (`stride` > 1).
 */
export function computeSpatialAutocorrelation(volume: Volume, mask: Mask, options: ComputeSpatialAutocorrelationOptions = {}): SpatialAutocorrelation {
  const b = mask.bbox;
  if (!b) return { moranI: NaN, gearyC: NaN, stride: 1 };
  const [ni, nj] = mask.dimensions;
  const side = [0, 1, 2].map((a) => b[1][a] - b[0][a] + 1);
  const maxPoints = options.maxFftPoints ?? 1 << 23;
  let stride = 1;
  while (side.reduce((p, n) => p * nextSmoothSize(2 * Math.ceil(n / stride) - 1), 1) > maxPoints) stride++;
  const [si, sj, sk] = volume.geometry.spacing.map((x) => x * stride);
  const pos: number[] = [], val: number[] = [];
  for (let k = b[0][2]; k <= b[1][2]; k += stride)
    for (let j = b[0][1]; j <= b[1][1]; j += stride)
      for (let i = b[0][0]; i <= b[1][0]; i += stride) {
        const n = (k * nj + j) * ni + i;
        if (!mask.data[n]) continue;
        pos.push((i - b[0][0]) / stride, (j - b[0][1]) / stride, (k - b[0][2]) / stride);
        val.push(volume.data[n]);
      }
  const N = val.length;
  let mean = 0;
  for (const x of val) mean += x / N;
  let ss = 0;
  for (const x of val) ss += (x - mean) ** 2;
  let A = 0, B = 0, W = 0;
  if (N <= (options.directMaxVoxels ?? 4096)) {
    for (let p = 0; p < N; p++) {
      const dp = val[p] - mean;
      for (let q = p + 1; q < N; q++) {
        const w = 1 / Math.hypot((pos[3 * p] - pos[3 * q]) * si, (pos[3 * p + 1] - pos[3 * q + 1]) * sj, (pos[3 * p + 2] - pos[3 * q + 2]) * sk);
        const dq = val[q] - mean;
        A += 2 * w * dp * dq;
        B += w * (dp * dp + dq * dq);
        W += 2 * w;
      }
    }
  } else {
    const n = side.map((x) => Math.ceil(x / stride));
    const L: [number, number, number] = [nextSmoothSize(2 * n[0] - 1), nextSmoothSize(2 * n[1] - 1), nextSmoothSize(2 * n[2] - 1)];
    const size = L[0] * L[1] * L[2];
    // Kernel 1/r on the circular grid (offset −o stored at L − o); real and even, so its DFT is real.
    const kr = new Float64Array(size), ki = new Float64Array(size);
    for (let z = -(n[2] - 1); z < n[2]; z++)
      for (let y = -(n[1] - 1); y < n[1]; y++) {
        const yz = (y * sj) ** 2 + (z * sk) ** 2;
        const row = L[0] * ((y + L[1]) % L[1]) + L[0] * L[1] * ((z + L[2]) % L[2]);
        for (let x = -(n[0] - 1); x < n[0]; x++) {
          const r2 = (x * si) ** 2 + yz;
          if (r2 > 0) kr[row + ((x + L[0]) % L[0])] = 1 / Math.sqrt(r2);
        }
      }
    transformFft3d(kr, ki, L, false);
    // d in the real part, the mask in the imaginary part: K real ⇒ one transform convolves both.
    const re = ki.fill(0), im = new Float64Array(size);
    const at = (p: number): number => pos[3 * p] + L[0] * (pos[3 * p + 1] + L[1] * pos[3 * p + 2]);
    for (let p = 0; p < N; p++) {
      re[at(p)] = val[p] - mean;
      im[at(p)] = 1;
    }
    transformFft3d(re, im, L, false, { box: [n[0], n[1], n[2]] });
    for (let q = 0; q < size; q++) {
      re[q] *= kr[q];
      im[q] *= kr[q];
    }
    transformFft3d(re, im, L, true, { box: [n[0], n[1], n[2]] });
    for (let p = 0; p < N; p++) {
      const d = val[p] - mean, q = at(p);
      const kd = re[q] / size, km = im[q] / size;
      A += d * kd;
      B += d * d * km;
      W += km;
    }
  }
  return { moranI: (N * A) / (W * ss), gearyC: ((N - 1) * (B - A)) / (W * ss), stride };
}
