import { planMapChunks, type ChunkRange } from './planMapChunks';

/** One worker of the map pool, as a job runner sees it (a Comlink remote in the app, in-process in tests). */
export interface ChunkPoolWorker<Setup, Chunk, Result> {
  /** Keeps the job's setup (and what it precomputes: a kinetic basis, an AIF decomposition) under `jobId`. */
  prepare(jobId: string, setup: Setup): Promise<void>;
  /** Computes one chunk (its buffers may be transferred: the caller does not reuse them). */
  fitChunk(jobId: string, chunk: Chunk): Promise<Result>;
  /** Drops the job's setup. */
  release(jobId: string): Promise<void>;
}

/** The reader cancelled the map job. */
export class MapJobCancelled extends Error {
  constructor() {
    super('parametric maps cancelled');
    this.name = 'MapJobCancelled';
  }
}

export interface RunChunkPoolOptions {
  readonly jobId: string;
  /** Voxels per chunk (default 8192: a fraction of a second of work, so a cancel is heard quickly). */
  readonly chunkVoxels?: number;
  readonly signal?: AbortSignal;
  /** (voxels done, voxel count), after each chunk. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Whole-volume maps on a pool of workers, for any map kind (DCE fits, DSC / CT deconvolution): the
 * volume is cut into chunks of consecutive voxels, each worker takes the next chunk as soon as it is
 * free (a slow worker does not hold the others back), `gather` makes the chunk's message (its signal
 * in its own buffer), `merge` puts the result at its offset. Cancel (AbortSignal) stops handing out
 * chunks and rejects with MapJobCancelled once the chunks in flight return.
 */
export async function runChunkPool<Setup, Chunk, Result>(
  total: number, setup: Setup, workers: readonly ChunkPoolWorker<Setup, Chunk, Result>[], options: RunChunkPoolOptions,
  gather: (range: ChunkRange) => Chunk, merge: (result: Result, range: ChunkRange) => void,
): Promise<void> {
  if (workers.length === 0) throw new Error('map pool has no workers');
  const chunks = planMapChunks(total, options.chunkVoxels ?? 8192);
  const { jobId, signal } = options;
  let next = 0, done = 0;
  await Promise.all(workers.map((w) => w.prepare(jobId, setup)));
  try {
    await Promise.all(workers.map(async (w) => {
      while (next < chunks.length && !signal?.aborted) {
        const range = chunks[next++];
        merge(await w.fitChunk(jobId, gather(range)), range);
        done += range.count;
        options.onProgress?.(done, total);
      }
    }));
  } finally {
    await Promise.all(workers.map((w) => w.release(jobId).catch(() => undefined)));
  }
  if (signal?.aborted) throw new MapJobCancelled();
}
