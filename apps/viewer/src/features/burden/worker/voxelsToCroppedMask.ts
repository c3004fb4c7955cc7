import type { CroppedMask } from '@caliper/engine';

/**
 * A lesion's flat voxel indices (i-fastest over `dimensions`) → a 0/1 mask cropped to the lesion's
 * own bbox: what the main thread traces on a plane (maskOutlineOnPlane) without a grid-sized copy.
 */
export function voxelsToCroppedMask(dimensions: readonly [number, number, number], voxels: ArrayLike<number>): CroppedMask {
  const [ni, nj] = dimensions;
  if (voxels.length === 0) return { dimensions, bbox: null, data: new Uint8Array(0) };
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
  for (let q = 0; q < voxels.length; q++) {
    const idx = voxels[q];
    const i = idx % ni, j = Math.floor(idx / ni) % nj, k = Math.floor(idx / (ni * nj));
    if (i < lo[0]) lo[0] = i;
    if (j < lo[1]) lo[1] = j;
    if (k < lo[2]) lo[2] = k;
    if (i > hi[0]) hi[0] = i;
    if (j > hi[1]) hi[1] = j;
    if (k > hi[2]) hi[2] = k;
  }
  const li = hi[0] - lo[0] + 1, lj = hi[1] - lo[1] + 1, lk = hi[2] - lo[2] + 1;
  const data = new Uint8Array(li * lj * lk);
  for (let q = 0; q < voxels.length; q++) {
    const idx = voxels[q];
    const i = idx % ni, j = Math.floor(idx / ni) % nj, k = Math.floor(idx / (ni * nj));
    data[((k - lo[2]) * lj + (j - lo[1])) * li + (i - lo[0])] = 1;
  }
  return { dimensions, bbox: [[lo[0], lo[1], lo[2]], [hi[0], hi[1], hi[2]]], data };
}
