/**
 * Worker entry of the parametric-map pool: exposes the already-tested createMapJobs, and hands each
 * chunk's maps back by transfer (never a copy).
 */
import * as Comlink from 'comlink';
import { createMapJobs, type AnyChunkMaps, type AnyMapChunk, type AnyMapSetup } from './mapJobs';

const jobs = createMapJobs();

Comlink.expose({
  prepare: (jobId: string, setup: AnyMapSetup) => jobs.prepare(jobId, setup),
  release: (jobId: string) => jobs.release(jobId),
  fitChunk: (jobId: string, chunk: AnyMapChunk): AnyChunkMaps => {
    const m = jobs.fitChunk(jobId, chunk);
    const buffers = Object.values(m).filter((a): a is Float32Array | Uint8Array => ArrayBuffer.isView(a)).map((a) => a.buffer as ArrayBuffer);
    return Comlink.transfer(m, buffers);
  },
});
