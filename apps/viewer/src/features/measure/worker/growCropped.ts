import type { VoxelArray } from '@caliper/core';
import { growRegion } from '@caliper/engine';
import type { CroppedMask } from '@caliper/engine';

export interface GrowCroppedOptions {
  /** Runaway guard (voxels); the result then has `truncated: true`. */
  readonly maxVoxels?: number;
}

export interface GrowCroppedResult {
  readonly mask: CroppedMask;
  readonly voxelCount: number;
  readonly truncated: boolean;
}

/**
 * 3D connected-threshold growing (growRegion: 6-connected, inclusive bounds in the volume's unit)
 * that returns the region cut to its bbox. `scratch` (one full-grid byte per voxel, reused across
 * calls) must be all zero on entry and is all zero again on return: only the region's bbox is
 * cleared, so a click costs what the region costs, not a pass over the whole grid (78 MB on a
 * 512×512×300 CT).
 */
export function growCropped(
  dims: readonly [number, number, number], data: VoxelArray, seed: readonly [number, number, number],
  lower: number, upper: number, scratch: Uint8Array, options: GrowCroppedOptions = {},
): GrowCroppedResult {
  const r = growRegion(dims, data, seed, lower, upper, { out: scratch, outIsZeroed: true, ...(options.maxVoxels !== undefined ? { maxVoxels: options.maxVoxels } : {}) });
  const b = r.voxelCount > 0 ? r.mask.bbox : null;
  if (!b) return { mask: { dimensions: [dims[0], dims[1], dims[2]], bbox: null, data: new Uint8Array(0) }, voxelCount: 0, truncated: r.truncated };
  const [ni, nj] = dims;
  const li = b[1][0] - b[0][0] + 1, lj = b[1][1] - b[0][1] + 1, lk = b[1][2] - b[0][2] + 1;
  const out = new Uint8Array(li * lj * lk);
  for (let k = 0; k < lk; k++)
    for (let j = 0; j < lj; j++) {
      const src = ((k + b[0][2]) * nj + j + b[0][1]) * ni + b[0][0];
      out.set(scratch.subarray(src, src + li), (k * lj + j) * li);
      scratch.fill(0, src, src + li);
    }
  return { mask: { dimensions: [dims[0], dims[1], dims[2]], bbox: b, data: out }, voxelCount: r.voxelCount, truncated: r.truncated };
}
