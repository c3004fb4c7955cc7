import type { Mask } from '@caliper/core';

export interface PaddedBlock {
  /** 0/1 copy of the mask bbox with a zero border `pad` voxels wide. */
  readonly data: Uint8Array;
  readonly dims: readonly [number, number, number];
  /** Grid index of local voxel (0,0,0) (= bbox min − pad; may be negative). */
  readonly origin: readonly [number, number, number];
}

/** Copy the mask's bbox into a small zero-bordered block, so neighbourhood loops need no bounds checks. */
export function padMaskBbox(mask: Mask, pad = 1): PaddedBlock | null {
  const b = mask.bbox;
  if (!b) return null;
  const [ni, nj] = mask.dimensions;
  const li = b[1][0] - b[0][0] + 1 + 2 * pad, lj = b[1][1] - b[0][1] + 1 + 2 * pad, lk = b[1][2] - b[0][2] + 1 + 2 * pad;
  const data = new Uint8Array(li * lj * lk);
  const m = mask.data;
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++) {
      const src = (k * nj + j) * ni;
      const dst = (k - b[0][2] + pad) * li * lj + (j - b[0][1] + pad) * li + pad - b[0][0];
      for (let i = b[0][0]; i <= b[1][0]; i++) data[dst + i] = m[src + i] !== 0 ? 1 : 0;
    }
  return { data, dims: [li, lj, lk], origin: [b[0][0] - pad, b[0][1] - pad, b[0][2] - pad] };
}
