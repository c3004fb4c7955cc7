import type { Mask } from '@caliper/core';

export interface FillHolesOptions {
  readonly out?: Uint8Array;
}

/**
 * 3D hole filling: background voxels not 6-connected to the outside of the mask's bbox become
 * foreground. The bbox is padded by one voxel (virtually) so "outside" always exists; work is
 * bounded to that box. Returns a new mask (or writes into `out`); the bbox is unchanged.
 */
export function fillHoles(mask: Mask, options: FillHolesOptions = {}): Mask {
  const out = options.out ?? new Uint8Array(mask.data.length);
  if (out !== mask.data) out.set(mask.data);
  const b = mask.bbox;
  if (!b) return { dimensions: mask.dimensions, data: out, bbox: null };
  // Local grid = bbox + 1-voxel border.
  const li = b[1][0] - b[0][0] + 3, lj = b[1][1] - b[0][1] + 3, lk = b[1][2] - b[0][2] + 3;
  const lij = li * lj;
  const outside = new Uint8Array(li * lj * lk);
  const [ni, nj] = mask.dimensions;
  const m = mask.data;
  const fg = (x: number, y: number, z: number): boolean => {
    if (x === 0 || y === 0 || z === 0 || x === li - 1 || y === lj - 1 || z === lk - 1) return false;
    return m[b[0][0] + x - 1 + ni * (b[0][1] + y - 1 + nj * (b[0][2] + z - 1))] !== 0;
  };
  const queue = new Int32Array(li * lj * lk);
  let head = 0, tail = 0;
  outside[0] = 1;
  queue[tail++] = 0;
  while (head < tail) {
    const n = queue[head++];
    const z = (n / lij) | 0, r = n - z * lij, y = (r / li) | 0, x = r - y * li;
    const push = (xx: number, yy: number, zz: number): void => {
      const q = xx + li * (yy + lj * zz);
      if (outside[q] === 0 && !fg(xx, yy, zz)) {
        outside[q] = 1;
        queue[tail++] = q;
      }
    };
    if (x > 0) push(x - 1, y, z);
    if (x < li - 1) push(x + 1, y, z);
    if (y > 0) push(x, y - 1, z);
    if (y < lj - 1) push(x, y + 1, z);
    if (z > 0) push(x, y, z - 1);
    if (z < lk - 1) push(x, y, z + 1);
  }
  for (let z = 1; z < lk - 1; z++)
    for (let y = 1; y < lj - 1; y++)
      for (let x = 1; x < li - 1; x++) {
        if (outside[x + li * (y + lj * z)] === 0) out[b[0][0] + x - 1 + ni * (b[0][1] + y - 1 + nj * (b[0][2] + z - 1))] = 1;
      }
  return { dimensions: mask.dimensions, data: out, bbox: b };
}
