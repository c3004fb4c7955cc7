import type { Volume } from '@caliper/core';
import { axisTaps } from './axisTaps';

/**
 * The image resampled on its own lattice shifted by `shiftVoxels` (i, j, k; fractions of a voxel):
 * voxel (i, j, k) takes the trilinear interpolation at (i + si, j + sj, k + sk), edge values repeated
 * beyond the image. A sub-voxel translation as in Zwanenburg et al. 2019 (Sci Rep 9:614), whose
 * translation perturbation moves the sampling grid by a fraction of the voxel spacing and
 * interpolates image and ROI (translateMask) alike. Values stay in the series unit (Float32).
 */
export function translateVolume(volume: Volume, shiftVoxels: readonly [number, number, number]): Volume<Float32Array> {
  const [ni, nj, nk] = volume.geometry.dimensions;
  const [ti, tj, tk] = [axisTaps(ni, shiftVoxels[0], 'nearest'), axisTaps(nj, shiftVoxels[1], 'nearest'), axisTaps(nk, shiftVoxels[2], 'nearest')];
  const src = volume.data;
  const out = new Float32Array(src.length);
  const plane = ni * nj;
  const row = new Float64Array(ni);
  for (let k = 0; k < nk; k++) {
    const k0 = tk.lo[k] * plane, k1 = tk.hi[k] * plane, wk = tk.w[k];
    for (let j = 0; j < nj; j++) {
      const j0 = tj.lo[j] * ni, j1 = tj.hi[j] * ni, wj = tj.w[j];
      // Interpolate along k and j first (4 source rows → one), then along i.
      const a = k0 + j0, b = k0 + j1, c = k1 + j0, d = k1 + j1;
      for (let i = 0; i < ni; i++) {
        const r0 = src[a + i] + wj * (src[b + i] - src[a + i]);
        const r1 = src[c + i] + wj * (src[d + i] - src[c + i]);
        row[i] = r0 + wk * (r1 - r0);
      }
      const o = k * plane + j * ni;
      for (let i = 0; i < ni; i++) {
        const x0 = row[ti.lo[i]], x1 = row[ti.hi[i]];
        out[o + i] = x0 + ti.w[i] * (x1 - x0);
      }
    }
  }
  return { ...volume, data: out };
}
