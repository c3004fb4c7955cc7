import type { CroppedMask } from '@caliper/engine';

/** A cropped mask's set voxels as flat grid indices (i fastest), increasing: voxelsToCroppedMask's inverse. */
export function croppedMaskVoxels(mask: CroppedMask): Int32Array {
  const b = mask.bbox;
  if (!b) return new Int32Array(0);
  const [ni, nj] = mask.dimensions;
  const li = b[1][0] - b[0][0] + 1, lj = b[1][1] - b[0][1] + 1, lk = b[1][2] - b[0][2] + 1;
  let n = 0;
  for (let q = 0; q < mask.data.length; q++) n += mask.data[q] ? 1 : 0;
  const out = new Int32Array(n);
  let c = 0;
  for (let k = 0; k < lk; k++)
    for (let j = 0; j < lj; j++)
      for (let i = 0; i < li; i++) if (mask.data[(k * lj + j) * li + i]) out[c++] = ((k + b[0][2]) * nj + j + b[0][1]) * ni + i + b[0][0];
  return out;
}

/** Sets every voxel of the cropped masks to 1 in a zeroed grid-sized buffer. */
export function paintCroppedMasks(out: Uint8Array, masks: readonly CroppedMask[]): void {
  for (const m of masks) {
    const v = croppedMaskVoxels(m);
    for (let q = 0; q < v.length; q++) out[v[q]] = 1;
  }
}
