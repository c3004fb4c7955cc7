import type { VoxelArray } from '@caliper/core';
import type { ChunkMaps, MapChunk, MapJobSetup } from '@caliper/engine/perfusion/fitMapChunk';
import { gatherChunk } from './gatherChunk';
import { MapJobCancelled, runChunkPool, type ChunkPoolWorker, type RunChunkPoolOptions } from './runChunkPool';
import { createVolumeMaps, mergeChunkMaps, type VolumeMaps } from './volumeMaps';

/** One worker of the DCE map pool. */
export type MapPoolWorker = ChunkPoolWorker<MapJobSetup, MapChunk, ChunkMaps>;

export interface RunMapPoolOptions extends RunChunkPoolOptions {
  /** Per-voxel T10 (ms) of a VFA map (else setup.t10Ms for all). */
  readonly t10Map?: ArrayLike<number>;
}

export { MapJobCancelled };

/**
 * Whole-volume DCE maps on the pool (runChunkPool): each chunk's signal goes out phase-major in its
 * own buffer, its maps come back and are merged at their offset. The result equals
 * fitPerfusionMaps (+ IAUGC60) on one thread.
 */
export async function runMapPool(phases: readonly VoxelArray[], setup: MapJobSetup, workers: readonly MapPoolWorker[], options: RunMapPoolOptions): Promise<VolumeMaps> {
  const total = phases[0]?.length ?? 0;
  const out = createVolumeMaps(total);
  await runChunkPool(total, setup, workers, options, (range) => gatherChunk(phases, range, options.t10Map), (r) => mergeChunkMaps(out, r));
  return out;
}
