import type { Mask } from '@caliper/core';

export type Dims = readonly [number, number, number];
export type Bbox = readonly [readonly [number, number, number], readonly [number, number, number]];

export interface CreateMaskOptions {
  /** Reuse this buffer (length ni*nj*nk) instead of allocating; it is zeroed first. */
  readonly out?: Uint8Array;
  /** The caller guarantees `out` is already all zero (e.g. it cleared the last result's bbox),
   *  so the full-grid clear is skipped. */
  readonly outIsZeroed?: boolean;
}

/** An all-zero mask on a grid of the given dimensions. */
export function createMask(dimensions: Dims, options: CreateMaskOptions = {}): Mask {
  const n = dimensions[0] * dimensions[1] * dimensions[2];
  let data = options.out;
  if (data) {
    if (data.length !== n) throw new Error(`createMask: out has ${data.length} voxels, grid has ${n}`);
    if (!options.outIsZeroed) data.fill(0);
  } else data = new Uint8Array(n);
  return { dimensions: [dimensions[0], dimensions[1], dimensions[2]], data, bbox: null };
}

/** Clamp an inclusive voxel box to the grid; null when it does not intersect the grid. */
export function clampBbox(dims: Dims, lo: readonly number[], hi: readonly number[]): Bbox | null {
  const a: [number, number, number] = [0, 0, 0];
  const b: [number, number, number] = [0, 0, 0];
  for (let d = 0; d < 3; d++) {
    a[d] = Math.max(0, lo[d]);
    b[d] = Math.min(dims[d] - 1, hi[d]);
    if (a[d] > b[d]) return null;
  }
  return [a, b];
}
