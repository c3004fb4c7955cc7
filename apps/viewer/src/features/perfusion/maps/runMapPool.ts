import type { VoxelArray } from '@caliper/core';
import type { ChunkMaps, MapChunk, MapJobSetup } from '@caliper/engine/perfusion/fitMapChunk';
import { gatherChunk } from './gatherChunk';
import { planMapChunks } from './planMapChunks';
import { createVolumeMaps, mergeChunkMaps, type VolumeMaps } from './volumeMaps';

/** One worker of the pool, as the runner sees it (a Comlink remote in the app, in-process in tests). */
export interface MapPoolWorker {
  /** Keeps the job's setup (and its tabulated basis) under `jobId`. */
  prepare(jobId: string, setup: MapJobSetup): Promise<void>;
  /** Fits one chunk (its buffers may be transferred: the caller does not reuse them). */
  fitChunk(jobId: string, chunk: MapChunk): Promise<ChunkMaps>;
  /** Drops the job's setup. */
  release(jobId: string): Promise<void>;
}

export interface RunMapPoolOptions {
  readonly jobId: string;
  /** Voxels per chunk (default 8192: ~0.1–0.4 s of LM fitting, so a cancel is heard quickly). */
  readonly chunkVoxels?: number;
  /** Per-voxel T10 (ms) of a VFA map (else setup.t10Ms for all). */
  readonly t10Map?: ArrayLike<number>;
  readonly signal?: AbortSignal;
  /** (voxels done, voxel count), after each chunk. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The reader cancelled the map job. */
export class MapJobCancelled extends Error {
  constructor() {
    super('parametric maps cancelled');
    this.name = 'MapJobCancelled';
  }
}

/**
 * Whole-volume DCE maps on a pool of workers: the volume is cut into chunks of consecutive voxels,
 * each worker takes the next chunk as soon as it is free (so a slow worker does not hold the
 * others back), the chunk's signal goes out in its own buffer and its maps come back and are merged
 * at their offset. Cancel (AbortSignal) stops handing out chunks and rejects with MapJobCancelled
 * once the chunks in flight return. The result equals fitPerfusionMaps (+ IAUGC60) on one thread.
 */
export async function runMapPool(phases: readonly VoxelArray[], setup: MapJobSetup, workers: readonly MapPoolWorker[], options: RunMapPoolOptions): Promise<VolumeMaps> {
  if (workers.length === 0) throw new Error('map pool has no workers');
  const total = phases[0]?.length ?? 0;
  const out = createVolumeMaps(total);
  const chunks = planMapChunks(total, options.chunkVoxels ?? 8192);
  const { jobId, signal } = options;
  let next = 0, done = 0;
  await Promise.all(workers.map((w) => w.prepare(jobId, setup)));
  try {
    await Promise.all(workers.map(async (w) => {
      while (next < chunks.length && !signal?.aborted) {
        const range = chunks[next++];
        const result = await w.fitChunk(jobId, gatherChunk(phases, range, options.t10Map));
        mergeChunkMaps(out, result);
        done += range.count;
        options.onProgress?.(done, total);
      }
    }));
  } finally {
    await Promise.all(workers.map((w) => w.release(jobId).catch(() => undefined)));
  }
  if (signal?.aborted) throw new MapJobCancelled();
  return out;
}
