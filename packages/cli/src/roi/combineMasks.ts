import type { Mask } from '@caliper/core';
import { computeMaskBbox } from '@caliper/engine';

/**
 * Combines `part` into `acc` voxel-wise (in place), only within part's bounding box:
 * 'or' for union (SEG frames), 'xor' for RTSTRUCT contours (a contour inside another on the same
 * slice is a hole, the usual planar-contour convention).
 */
export function combineInto(acc: Uint8Array, part: Mask, mode: 'or' | 'xor'): void {
  if (!part.bbox) return;
  const [ni, nj] = part.dimensions;
  const [lo, hi] = part.bbox;
  for (let k = lo[2]; k <= hi[2]; k++)
    for (let j = lo[1]; j <= hi[1]; j++) {
      const row = (k * nj + j) * ni;
      for (let i = lo[0]; i <= hi[0]; i++) {
        const v = part.data[row + i];
        if (mode === 'or') acc[row + i] |= v;
        else acc[row + i] ^= v;
      }
    }
}

/** Wraps a 0/1 buffer as a Mask with its bounding box. */
export function toMask(dimensions: readonly [number, number, number], data: Uint8Array): Mask {
  return { dimensions: [dimensions[0], dimensions[1], dimensions[2]], data, bbox: computeMaskBbox(dimensions, data) };
}
