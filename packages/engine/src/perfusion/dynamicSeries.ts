import type { VoxelArray } from '@caliper/core';

/**
 * A dynamic T1-weighted SPGR series ready for tracer-kinetic analysis: the signal of every phase
 * on one grid, the phase times and the acquisition/conversion constants.
 */
export interface DynamicSeries {
  /** Signal of each phase (stored values, one image per phase, same length). */
  readonly phases: readonly VoxelArray[];
  /** Phase times, s after the first phase (strictly increasing). */
  readonly timesS: ArrayLike<number>;
  /** Phases before the bolus arrival (S0 = their mean), ≥ 1. */
  readonly baselineCount: number;
  readonly flipAngleDeg: number;
  readonly trMs: number;
  /** T10 (ms): one value for all voxels, or one per voxel (a VFA map; ≤ 0 = unknown, not fitted). */
  readonly t10Ms: number | ArrayLike<number>;
  /** r1 (/mM/s). */
  readonly r1PerMmS: number;
}
