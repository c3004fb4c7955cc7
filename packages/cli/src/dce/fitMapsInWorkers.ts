import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { VoxelArray } from '@caliper/core';
import type { AifCurve, DynamicSeries, KineticModel, PerfusionMaps } from '@caliper/engine';
import type { MapJob } from './mapWorker';

type Ctor = new (buffer: SharedArrayBuffer) => VoxelArray;

/** A copy of `a` in shared memory (same element type), so workers read it without copies. */
function shared<T extends VoxelArray>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const copy = new (a.constructor as Ctor)(new SharedArrayBuffer(a.byteLength)) as T;
  copy.set(a as never);
  return copy;
}

/**
 * Whole-volume maps on a pool of worker threads (one per core, at most `workers`), the phases and
 * the maps in SharedArrayBuffers; progress summed over the workers. The workers load the engine
 * through tsx (the CLI runs under it). Resolves with the maps; rejects if a worker fails (the caller
 * then fits on the main thread).
 */
export async function fitMapsInWorkers(series: DynamicSeries, aif: AifCurve, model: KineticModel, options: { workers?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<PerfusionMaps> {
  const n = series.phases[0].length;
  const count = Math.max(1, Math.min(options.workers ?? 2, availableParallelism()));
  const sharedSeries: DynamicSeries = {
    ...series,
    phases: series.phases.map(shared),
    timesS: Array.from(series.timesS),
    t10Ms: typeof series.t10Ms === 'number' ? series.t10Ms : shared(Float32Array.from(series.t10Ms)),
  };
  const f32 = () => new Float32Array(new SharedArrayBuffer(4 * n));
  const maps: PerfusionMaps = { ktrans: f32(), kep: f32(), ve: f32(), vp: f32(), residual: f32(), fitted: new Uint8Array(new SharedArrayBuffer(n)) };
  const url = new URL('./mapWorker.ts', import.meta.url).href;
  // tsx resolved here, not in the worker: an eval'd worker resolves bare names from the cwd, so
  // `caliper dce` run from another folder (a Slurm job's) could not start its workers.
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  const chunk = Math.ceil(n / count);
  const done = new Array<number>(count).fill(0);
  const workers = Array.from({ length: count }, () => new Worker(code, { eval: true }));
  try {
    await Promise.all(workers.map((w, q) => new Promise<void>((resolve, reject) => {
      w.on('message', (m: { done?: number; finished?: boolean }) => {
        if (m.done !== undefined) {
          done[q] = m.done;
          options.onProgress?.(done.reduce((a, b) => a + b, 0), n);
        }
        if (m.finished) resolve();
      });
      w.once('error', reject);
      w.once('exit', (code) => (code !== 0 ? reject(new Error(`map worker exited with code ${code}`)) : undefined));
      const job: MapJob = { series: sharedSeries, aif, model, start: q * chunk, end: Math.min(n, (q + 1) * chunk), maps };
      w.postMessage(job);
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return maps;
}
