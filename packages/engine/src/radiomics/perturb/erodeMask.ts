import type { Mask } from '@caliper/core';
import { computeMaskBbox } from '../../mask/computeMaskBbox';

/**
 * The ROI eroded by one voxel (binary erosion with the cross structuring element): a voxel stays
 * set when it and all its face neighbours are set. `connectivity` 4: the in-plane neighbours (i±1,
 * j±1; slices independent, as the IBSI 2D approach treats them), 6: also k±1. Voxels beyond the
 * grid count as unset, so a ROI touching the image edge erodes there too. Volume adaptation of
 * Zwanenburg et al. 2019 (Sci Rep 9:614), here by a whole voxel as issue 19 asks.
 */
export function erodeMask(mask: Mask, connectivity: 4 | 6): Mask {
  const [ni, nj, nk] = mask.dimensions;
  const out = new Uint8Array(mask.data.length);
  const b = mask.bbox;
  if (!b) return { dimensions: mask.dimensions, data: out, bbox: null };
  const d = mask.data;
  const sj = ni, sk = ni * nj;
  for (let k = b[0][2]; k <= b[1][2]; k++) {
    for (let j = b[0][1]; j <= b[1][1]; j++) {
      for (let i = b[0][0]; i <= b[1][0]; i++) {
        const q = k * sk + j * sj + i;
        if (!d[q]) continue;
        if (i === 0 || i === ni - 1 || j === 0 || j === nj - 1) continue;
        if (!d[q - 1] || !d[q + 1] || !d[q - sj] || !d[q + sj]) continue;
        if (connectivity === 6 && (k === 0 || k === nk - 1 || !d[q - sk] || !d[q + sk])) continue;
        out[q] = 1;
      }
    }
  }
  return { dimensions: mask.dimensions, data: out, bbox: computeMaskBbox(mask.dimensions, out, { within: b }) };
}
