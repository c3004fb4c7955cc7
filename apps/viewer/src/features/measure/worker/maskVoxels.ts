import type { CroppedMask } from '@caliper/engine';

/** Flat voxel indices (i fastest, full grid) of a bbox-cropped mask, in increasing order. */
export function maskVoxels(m: CroppedMask): Uint32Array {
  if (!m.bbox) return new Uint32Array(0);
  const [ni, nj] = m.dimensions;
  const [[i0, j0, k0], [i1, j1, k1]] = m.bbox;
  const ci = i1 - i0 + 1, cj = j1 - j0 + 1;
  let n = 0;
  for (let q = 0; q < m.data.length; q++) if (m.data[q]) n++;
  const out = new Uint32Array(n);
  let w = 0;
  for (let k = k0; k <= k1; k++) for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) {
    if (m.data[((k - k0) * cj + (j - j0)) * ci + (i - i0)]) out[w++] = (k * nj + j) * ni + i;
  }
  return out;
}
