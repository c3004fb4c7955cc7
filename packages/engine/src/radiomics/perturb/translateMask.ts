import type { Mask } from '@caliper/core';
import { clampBbox } from '../../mask/createMask';
import { computeMaskBbox } from '../../mask/computeMaskBbox';
import { sampleShifted } from './sampleShifted';

/**
 * The ROI moved with the image by translateVolume: voxel (i, j, k) takes the trilinear interpolation
 * of the 0/1 mask at (i + si, j + sj, k + sk) (0 beyond the grid) and is set where that fraction is
 * ≥ ½ (IBSI partial-volume threshold of ROI interpolation; compared at 10⁻⁶ as resampleRoi does).
 * A ½-voxel in-plane shift thus keeps a voxel when at least two of the four voxels it straddles are set.
 */
export function translateMask(mask: Mask, shiftVoxels: readonly [number, number, number]): Mask {
  const dims = mask.dimensions;
  const [ni, nj] = dims;
  const out = new Uint8Array(mask.data.length);
  const b = mask.bbox;
  const none = { dimensions: dims, data: out, bbox: null };
  if (!b) return none;
  // Target voxels whose sample point lies within one voxel of the ROI's box.
  const box = clampBbox(dims, [0, 1, 2].map((a) => b[0][a] - Math.ceil(shiftVoxels[a]) - 1), [0, 1, 2].map((a) => b[1][a] - Math.floor(shiftVoxels[a]) + 1));
  if (!box) return none;
  const frac = sampleShifted(mask.data, dims, shiftVoxels, box, 'zero');
  const cut = 0.5 - 5e-7;
  let q = 0;
  for (let k = box[0][2]; k <= box[1][2]; k++)
    for (let j = box[0][1]; j <= box[1][1]; j++) {
      const row = (k * nj + j) * ni;
      for (let i = box[0][0]; i <= box[1][0]; i++) if (frac[q++] >= cut) out[row + i] = 1;
    }
  return { dimensions: dims, data: out, bbox: computeMaskBbox(dims, out, { within: box }) };
}
