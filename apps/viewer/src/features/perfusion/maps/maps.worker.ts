/**
 * Worker entry of the parametric-map pool: exposes the already-tested createMapJobs, and hands each
 * chunk's maps back by transfer (never a copy).
 */
import * as Comlink from 'comlink';
import type { ChunkMaps, MapChunk, MapJobSetup } from '@caliper/engine/perfusion/fitMapChunk';
import { createMapJobs } from './mapJobs';

const jobs = createMapJobs();

Comlink.expose({
  prepare: (jobId: string, setup: MapJobSetup) => jobs.prepare(jobId, setup),
  release: (jobId: string) => jobs.release(jobId),
  fitChunk: (jobId: string, chunk: MapChunk): ChunkMaps => {
    const m = jobs.fitChunk(jobId, chunk);
    return Comlink.transfer(m, [m.ktrans, m.kep, m.ve, m.vp, m.residual, m.iaugc60, m.fitted].map((a) => a.buffer as ArrayBuffer));
  },
});
