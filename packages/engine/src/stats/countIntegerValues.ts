import type { Mask, VoxelArray } from '@caliper/core';

export interface IntegerCounts {
  /** counts[x + offset] = number of ROI voxels with value x. */
  readonly counts: Int32Array;
  readonly offset: number;
  readonly n: number;
  readonly sum: number;
  /** Value range present (NaN when n = 0). */
  readonly min: number;
  readonly max: number;
}

/** Offset that maps an 8/16-bit integer array's values to 0…65535, or null for other types. */
export function integerOffset(a: VoxelArray): number | null {
  if (a instanceof Int16Array) return 32768;
  if (a instanceof Uint16Array || a instanceof Uint8Array) return 0;
  if (a instanceof Int8Array) return 128;
  return null;
}

let shared: Int32Array | null = null;

/**
 * Value counts of an 8/16-bit integer volume inside a mask, in one pass over the mask bbox. The
 * counts array is shared between calls (65 536 entries); only the [min, max] range is meaningful
 * and it is cleared again by the next call.
 */
export function countIntegerValues(data: VoxelArray, mask: Mask, offset: number): IntegerCounts {
  const counts = (shared ??= new Int32Array(65536));
  counts.fill(0);
  const b = mask.bbox;
  if (!b) return { counts, offset, n: 0, sum: 0, min: NaN, max: NaN };
  const [ni, nj] = mask.dimensions;
  const m = mask.data;
  let n = 0, sum = 0, mn = Infinity, mx = -Infinity;
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++) {
      const row = (k * nj + j) * ni;
      for (let q = row + b[0][0]; q <= row + b[1][0]; q++) {
        if (m[q] === 0) continue;
        const x = data[q];
        counts[x + offset]++;
        sum += x;
        n++;
        if (x < mn) mn = x;
        if (x > mx) mx = x;
      }
    }
  return n ? { counts, offset, n, sum, min: mn, max: mx } : { counts, offset, n, sum, min: NaN, max: NaN };
}
