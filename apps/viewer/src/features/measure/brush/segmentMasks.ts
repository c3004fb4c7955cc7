import type { CroppedMask } from '@caliper/engine';

type Dims = readonly [number, number, number];
/** Labelmap voxels of slice k (i-fastest, ni*nj values), or undefined if the slice has none. */
export type SliceGetter = (k: number) => ArrayLike<number> | undefined;

/**
 * One pass over a labelmap: the voxel mask of each wanted segment index, cropped to its bbox
 * (bbox null and empty data when the segment has no voxel).
 */
export function segmentMasks(slice: SliceGetter, dims: Dims, indices: readonly number[]): Map<number, CroppedMask> {
  const [ni, nj, nk] = dims;
  const want = new Set(indices);
  const box = new Map<number, [number, number, number, number, number, number]>();
  for (let k = 0; k < nk; k++) {
    const s = slice(k);
    if (!s) continue;
    for (let j = 0, p = 0; j < nj; j++)
      for (let i = 0; i < ni; i++, p++) {
        const v = s[p];
        if (v === 0 || !want.has(v)) continue;
        const b = box.get(v);
        if (!b) box.set(v, [i, j, k, i, j, k]);
        else {
          if (i < b[0]) b[0] = i;
          if (j < b[1]) b[1] = j;
          if (i > b[3]) b[3] = i;
          if (j > b[4]) b[4] = j;
          b[5] = k;
        }
      }
  }
  const out = new Map<number, CroppedMask>();
  for (const idx of indices) {
    const b = box.get(idx);
    if (!b) {
      out.set(idx, { dimensions: dims, bbox: null, data: new Uint8Array(0) });
      continue;
    }
    const li = b[3] - b[0] + 1, lj = b[4] - b[1] + 1, lk = b[5] - b[2] + 1;
    const data = new Uint8Array(li * lj * lk);
    for (let k = 0; k < lk; k++) {
      const s = slice(k + b[2]);
      if (!s) continue;
      for (let j = 0; j < lj; j++) {
        const src = (j + b[1]) * ni + b[0];
        const dst = (k * lj + j) * li;
        for (let i = 0; i < li; i++) if (s[src + i] === idx) data[dst + i] = 1;
      }
    }
    out.set(idx, { dimensions: dims, bbox: [[b[0], b[1], b[2]], [b[3], b[4], b[5]]] as CroppedMask['bbox'], data });
  }
  return out;
}
