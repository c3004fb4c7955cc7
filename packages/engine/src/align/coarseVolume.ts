import type { Geometry } from '@caliper/core';

/**
 * A box-filtered copy of a volume on a coarser grid (same orientation): Float32 voxel means in the
 * source volume's unit, i-fastest like every grid here. What the alignment resamples.
 */
export interface CoarseVolume {
  readonly geometry: Geometry;
  readonly data: Float32Array;
}
