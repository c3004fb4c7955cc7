/**
 * Worker-thread side of the perfusion benchmark: fits a voxel range of the shared series into the
 * shared maps with the engine's fitPerfusionMaps (the same call a browser worker pool makes).
 */
import { parentPort } from 'node:worker_threads';
import type { KineticBasis } from '../src/perfusion/kineticBasis';
import { fitPerfusionMaps } from '../src/perfusion/fitPerfusionMaps';
import type { PerfusionMaps } from '../src/perfusion/fitPerfusionMaps';
import { tabulateKineticBasis } from '../src/perfusion/tabulateKineticBasis';
import { BENCH_DCE, benchAif, benchTimesS } from './perfusionPhantom';

export interface FitRangeMessage {
  readonly phases: readonly Int16Array[];
  readonly baselineCount: number;
  readonly model: 'tofts' | 'etofts' | 'patlak';
  readonly method: 'lm' | 'linear';
  readonly start: number;
  readonly end: number;
  readonly maps: PerfusionMaps;
}

let basis: KineticBasis | null = null;
parentPort!.on('message', (m: FitRangeMessage) => {
  const times = benchTimesS();
  // The AIF is fixed for the series: the table is built once per worker, not per call.
  basis ??= tabulateKineticBasis(benchAif(), Float64Array.from(times, (t) => t / 60));
  const series = { phases: m.phases, timesS: times, baselineCount: m.baselineCount, flipAngleDeg: BENCH_DCE.flipAngleDeg, trMs: BENCH_DCE.trMs, t10Ms: BENCH_DCE.t10Ms, r1PerMmS: BENCH_DCE.r1PerMmS };
  fitPerfusionMaps(series, basis, { model: m.model, method: m.method, start: m.start, end: m.end, out: m.maps });
  parentPort!.postMessage('done');
});
