/**
 * Worker-thread entry of `caliper dce --out`: fits one voxel range of the shared series into the
 * shared maps with the engine's fitPerfusionMaps, posting progress. Thin by design: all logic is in
 * the engine.
 */
import { parentPort } from 'node:worker_threads';
import type { AifCurve, DynamicSeries, KineticModel, PerfusionMaps } from '@caliper/engine';
import { createKineticBasis, fitPerfusionMaps, tabulateKineticBasis } from '@caliper/engine';

export interface MapJob {
  readonly series: DynamicSeries;
  readonly aif: AifCurve;
  readonly model: KineticModel;
  readonly start: number;
  readonly end: number;
  readonly maps: PerfusionMaps;
}

parentPort!.on('message', (job: MapJob) => {
  const timesMin = Float64Array.from(job.series.timesS, (t) => t / 60);
  const basis = job.model === 'patlak' ? createKineticBasis(job.aif, timesMin) : tabulateKineticBasis(job.aif, timesMin);
  fitPerfusionMaps(job.series, basis, {
    model: job.model, start: job.start, end: job.end, out: job.maps,
    onProgress: (done) => parentPort!.postMessage({ done }),
  });
  parentPort!.postMessage({ finished: true });
});
