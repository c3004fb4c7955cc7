import * as Comlink from 'comlink';
import type { ChunkMaps, MapChunk, MapJobSetup } from '@caliper/engine/perfusion/fitMapChunk';
import type { AnyChunkMaps, AnyMapChunk, AnyMapSetup } from './mapJobs';
import type { ChunkPoolWorker } from './runChunkPool';

interface Remote {
  prepare(jobId: string, setup: AnyMapSetup): Promise<void>;
  fitChunk(jobId: string, chunk: AnyMapChunk): Promise<AnyChunkMaps>;
  release(jobId: string): Promise<void>;
}

type AnyWorker = ChunkPoolWorker<AnyMapSetup, AnyMapChunk, AnyChunkMaps>;
let pool: AnyWorker[] | null = null;

/**
 * The long-lived pool of map workers (one per core, at least 1), created on first use. Each chunk's
 * signal (and T10) buffers are transferred to the worker, its maps transferred back.
 */
export function mapWorkers<S extends AnyMapSetup = MapJobSetup, C extends AnyMapChunk = MapChunk, R extends AnyChunkMaps = ChunkMaps>(): ChunkPoolWorker<S, C, R>[] {
  // One pool for every map kind: the job's setup says which computation a chunk gets.
  return anyWorkers() as unknown as ChunkPoolWorker<S, C, R>[];
}

function anyWorkers(): AnyWorker[] {
  if (pool) return pool;
  const size = Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));
  pool = Array.from({ length: size }, (_, q) => {
    const remote = Comlink.wrap<Remote>(new Worker(new URL('./maps.worker.ts', import.meta.url), { type: 'module', name: `caliper-maps-${q + 1}` }));
    return {
      prepare: (jobId, setup) => remote.prepare(jobId, setup),
      release: (jobId) => remote.release(jobId),
      fitChunk: (jobId, chunk) => {
        const buffers = [chunk.signal.buffer, ...('t10Ms' in chunk && chunk.t10Ms ? [chunk.t10Ms.buffer] : [])] as ArrayBuffer[];
        return remote.fitChunk(jobId, Comlink.transfer(chunk, buffers));
      },
    } satisfies AnyWorker;
  });
  return pool;
}
