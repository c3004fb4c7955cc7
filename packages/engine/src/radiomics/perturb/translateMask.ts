import type { Mask } from '@caliper/core';
import { clampBbox } from '../../mask/createMask';
import { computeMaskBbox } from '../../mask/computeMaskBbox';
import { axisTaps } from './axisTaps';

/**
 * The ROI moved with the image by translateVolume: voxel (i, j, k) takes the trilinear interpolation
 * of the 0/1 mask at (i + si, j + sj, k + sk) (0 beyond the grid) and is set where that fraction is
 * ≥ ½ (IBSI partial-volume threshold, E8H9/roi interpolation; compared at 10⁻⁶ as resampleRoi does).
 * A ½-voxel in-plane shift thus keeps a voxel when at least two of the four voxels it straddles are set.
 */
export function translateMask(mask: Mask, shiftVoxels: readonly [number, number, number]): Mask {
  const dims = mask.dimensions;
  const [ni, nj] = dims;
  const out = new Uint8Array(mask.data.length);
  const b = mask.bbox;
  const none = { dimensions: dims, data: out, bbox: null };
  if (!b) return none;
  const lo = [0, 1, 2].map((a) => b[0][a] - Math.ceil(shiftVoxels[a]) - 1);
  const hi = [0, 1, 2].map((a) => b[1][a] - Math.floor(shiftVoxels[a]) + 1);
  const box = clampBbox(dims, lo, hi);
  if (!box) return none;
  const [ti, tj, tk] = [0, 1, 2].map((a) => axisTaps(dims[a], shiftVoxels[a], 'zero'));
  const d = mask.data;
  const at = (i: number, j: number, k: number): number => (i < 0 || j < 0 || k < 0 ? 0 : d[(k * nj + j) * ni + i]);
  const cut = 0.5 - 5e-7;
  for (let k = box[0][2]; k <= box[1][2]; k++) {
    for (let j = box[0][1]; j <= box[1][1]; j++) {
      for (let i = box[0][0]; i <= box[1][0]; i++) {
        const [i0, i1, wi] = [ti.lo[i], ti.hi[i], ti.w[i]];
        const [j0, j1, wj] = [tj.lo[j], tj.hi[j], tj.w[j]];
        const [k0, k1, wk] = [tk.lo[k], tk.hi[k], tk.w[k]];
        const c00 = at(i0, j0, k0) + wi * (at(i1, j0, k0) - at(i0, j0, k0));
        const c10 = at(i0, j1, k0) + wi * (at(i1, j1, k0) - at(i0, j1, k0));
        const c01 = at(i0, j0, k1) + wi * (at(i1, j0, k1) - at(i0, j0, k1));
        const c11 = at(i0, j1, k1) + wi * (at(i1, j1, k1) - at(i0, j1, k1));
        const c0 = c00 + wj * (c10 - c00), c1 = c01 + wj * (c11 - c01);
        if (c0 + wk * (c1 - c0) >= cut) out[(k * nj + j) * ni + i] = 1;
      }
    }
  }
  return { dimensions: dims, data: out, bbox: computeMaskBbox(dims, out, { within: box }) };
}
