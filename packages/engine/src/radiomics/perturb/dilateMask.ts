import type { Mask } from '@caliper/core';
import { clampBbox } from '../../mask/createMask';
import { computeMaskBbox } from '../../mask/computeMaskBbox';

/**
 * The ROI dilated by one voxel (binary dilation with the cross structuring element): a voxel is set
 * when it or one of its face neighbours is set. `connectivity` 4: in-plane neighbours only (i±1,
 * j±1), 6: also k±1. Clipped to the grid. The grow half of Zwanenburg et al. 2019's volume adaptation.
 */
export function dilateMask(mask: Mask, connectivity: 4 | 6): Mask {
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
        out[q] = 1;
        if (i > 0) out[q - 1] = 1;
        if (i < ni - 1) out[q + 1] = 1;
        if (j > 0) out[q - sj] = 1;
        if (j < nj - 1) out[q + sj] = 1;
        if (connectivity === 6) {
          if (k > 0) out[q - sk] = 1;
          if (k < nk - 1) out[q + sk] = 1;
        }
      }
    }
  }
  const dk = connectivity === 6 ? 1 : 0;
  const within = clampBbox(mask.dimensions, [b[0][0] - 1, b[0][1] - 1, b[0][2] - dk], [b[1][0] + 1, b[1][1] + 1, b[1][2] + dk]);
  return { dimensions: mask.dimensions, data: out, bbox: computeMaskBbox(mask.dimensions, out, { within }) };
}
