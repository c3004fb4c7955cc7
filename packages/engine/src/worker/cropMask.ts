import type { Mask } from '@caliper/core';

/** A mask cut to its bbox: cheap to send across threads (data length = bbox voxel count). */
export interface CroppedMask {
  readonly dimensions: readonly [number, number, number];
  readonly bbox: Mask['bbox'];
  /** 0/1 over the bbox only, i-fastest. Empty when bbox is null. */
  readonly data: Uint8Array;
}

/** Crop a full-grid mask to its bbox. */
export function cropMask(mask: Mask): CroppedMask {
  const b = mask.bbox;
  if (!b) return { dimensions: mask.dimensions, bbox: null, data: new Uint8Array(0) };
  const [ni, nj] = mask.dimensions;
  const li = b[1][0] - b[0][0] + 1, lj = b[1][1] - b[0][1] + 1, lk = b[1][2] - b[0][2] + 1;
  const data = new Uint8Array(li * lj * lk);
  for (let k = 0; k < lk; k++)
    for (let j = 0; j < lj; j++) {
      const src = ((k + b[0][2]) * nj + j + b[0][1]) * ni + b[0][0];
      data.set(mask.data.subarray(src, src + li), (k * lj + j) * li);
    }
  return { dimensions: mask.dimensions, bbox: b, data };
}

/** Inverse of cropMask: back onto the full grid (into `out` if given; pass outIsZeroed to skip clearing it). */
export function uncropMask(c: CroppedMask, out?: Uint8Array, outIsZeroed = false): Mask {
  const [ni, nj, nk] = c.dimensions;
  const data = out ?? new Uint8Array(ni * nj * nk);
  if (out && !outIsZeroed) out.fill(0);
  const b = c.bbox;
  if (!b) return { dimensions: c.dimensions, data, bbox: null };
  const li = b[1][0] - b[0][0] + 1, lj = b[1][1] - b[0][1] + 1, lk = b[1][2] - b[0][2] + 1;
  for (let k = 0; k < lk; k++)
    for (let j = 0; j < lj; j++) {
      const dst = ((k + b[0][2]) * nj + j + b[0][1]) * ni + b[0][0];
      data.set(c.data.subarray((k * lj + j) * li, (k * lj + j + 1) * li), dst);
    }
  return { dimensions: c.dimensions, data, bbox: b };
}
