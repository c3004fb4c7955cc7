import { fitMapChunk, prepareMapJob, type ChunkMaps, type MapChunk, type MapJob, type MapJobSetup } from '@caliper/engine/perfusion/fitMapChunk';

/**
 * The work a map worker exposes, kept apart from the worker entry so it is tested on the main
 * thread: prepared jobs by id (one basis per job and worker), chunks fitted against them.
 */
export function createMapJobs() {
  const jobs = new Map<string, MapJob>();
  return {
    prepare(jobId: string, setup: MapJobSetup): void {
      jobs.set(jobId, prepareMapJob(setup));
    },
    fitChunk(jobId: string, chunk: MapChunk): ChunkMaps {
      const job = jobs.get(jobId);
      if (!job) throw new Error(`map job ${jobId} not prepared in this worker`);
      return fitMapChunk(job, chunk);
    },
    release(jobId: string): void {
      jobs.delete(jobId);
    },
  };
}
