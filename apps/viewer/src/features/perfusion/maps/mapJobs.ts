import { fitMapChunk, prepareMapJob, type ChunkMaps, type MapChunk, type MapJob, type MapJobSetup } from '@caliper/engine/perfusion/fitMapChunk';
import { fitDscMapChunk, prepareDscMapJob, type DeconvolutionChunk, type DscChunkMaps, type DscMapJob, type DscMapJobSetup } from '@caliper/engine/perfusion/fitDscDeconvolutionChunk';
import { fitCtPerfusionMapChunk, prepareCtPerfusionMapJob, type CtChunkMaps, type CtPerfusionMapJob, type CtPerfusionMapJobSetup } from '@caliper/engine/perfusion/fitCtDeconvolutionChunk';

/** A map job's setup: DCE (tracer-kinetic fits, no `kind`), DSC-MRI or CT perfusion (deconvolution). */
export type AnyMapSetup = MapJobSetup | (DscMapJobSetup & { readonly kind: 'dsc' }) | (CtPerfusionMapJobSetup & { readonly kind: 'ctp' });
export type AnyMapChunk = MapChunk | DeconvolutionChunk;
export type AnyChunkMaps = ChunkMaps | DscChunkMaps | CtChunkMaps;

type Job = { kind: 'dce'; job: MapJob } | { kind: 'dsc'; job: DscMapJob } | { kind: 'ctp'; job: CtPerfusionMapJob };

/**
 * The work a map worker exposes, kept apart from the worker entry so it is tested on the main
 * thread: prepared jobs by id (one kinetic basis or AIF decomposition per job and worker), chunks
 * computed against them by the job's kind.
 */
export function createMapJobs() {
  const jobs = new Map<string, Job>();
  return {
    prepare(jobId: string, setup: AnyMapSetup): void {
      if (!('kind' in setup)) jobs.set(jobId, { kind: 'dce', job: prepareMapJob(setup) });
      else if (setup.kind === 'dsc') jobs.set(jobId, { kind: 'dsc', job: prepareDscMapJob(setup) });
      else jobs.set(jobId, { kind: 'ctp', job: prepareCtPerfusionMapJob(setup) });
    },
    fitChunk(jobId: string, chunk: AnyMapChunk): AnyChunkMaps {
      const j = jobs.get(jobId);
      if (!j) throw new Error(`map job ${jobId} not prepared in this worker`);
      if (j.kind === 'dce') return fitMapChunk(j.job, chunk as MapChunk);
      return j.kind === 'dsc' ? fitDscMapChunk(j.job, chunk) : fitCtPerfusionMapChunk(j.job, chunk);
    },
    release(jobId: string): void {
      jobs.delete(jobId);
    },
  };
}
