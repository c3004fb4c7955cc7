import type { VoxelArray } from '@caliper/core';
import { createLmWorkspace } from './fitLevenbergMarquardt';
import { fitVfaT1 } from './fitVfaT1';

export interface FitVfaT1MapOptions {
  /** Fit only these flat voxel indices; default every voxel. */
  readonly voxels?: ArrayLike<number>;
  /** Output T1 map (ms), written at the fitted indices; 0 where no T1 could be fitted. */
  readonly out?: Float32Array;
  /** Nonlinear refinement (see fitVfaT1). Default true. */
  readonly nonlinear?: boolean;
}

/**
 * T1 map (ms) from variable-flip-angle SPGR images on one grid (one image per flip angle, same TR):
 * fitVfaT1 per voxel. Voxels without a physical solution (or any non-positive signal) get 0.
 */
export function fitVfaT1Map(images: readonly VoxelArray[], flipAnglesDeg: readonly number[], trMs: number, options: FitVfaT1MapOptions = {}): Float32Array {
  const n = images[0]?.length ?? 0;
  const out = options.out ?? new Float32Array(n);
  const na = images.length;
  const s = new Float64Array(na);
  const workspace = createLmWorkspace(2, na);
  const fitOptions = { nonlinear: options.nonlinear ?? true, workspace };
  const list = options.voxels;
  const total = list ? list.length : n;
  for (let q = 0; q < total; q++) {
    const v = list ? list[q] : q;
    let positive = true;
    for (let a = 0; a < na; a++) {
      s[a] = images[a][v];
      if (!(s[a] > 0)) positive = false;
    }
    const fit = positive ? fitVfaT1(s, flipAnglesDeg, trMs, fitOptions) : null;
    out[v] = fit ? fit.t1Ms : 0;
  }
  return out;
}
