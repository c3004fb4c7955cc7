/**
 * DCE maps benchmark of the viewer's pool (`pnpm bench perfusion-maps [-- --runs N] [-- --json]
 * [-- --dims 256,256,20] [-- --workers 2] [-- --baseline-voxels N]`): the browser pool's algorithm
 * (runMapPool: 8192-voxel chunks, each chunk's signal transferred out and its maps back, the next
 * free worker takes the next chunk; fitMapChunk = fitPerfusionMaps + IAUGC60 per chunk) on Node
 * worker_threads standing in for the module workers, over the perfusion benchmark's synthetic
 * 256×256×20 × 60-phase extended-Tofts series. Targets (issue 15): ≤ 15 s Levenberg–Marquardt,
 * ≤ 2 s Murase linear. Same-run baseline: a plain per-voxel scalar fit (box-bounded LM from the
 * OSIPI start, exact convolution over the 0.1 s AIF grid for every model evaluation) on a voxel
 * sample, extrapolated; ratio reported.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { convertSignalToConcentration, createKineticBasis } from '@caliper/engine';
import { fitLevenbergMarquardt } from '@caliper/engine/perfusion/fitLevenbergMarquardt';
import type { ChunkMaps, MapChunk, MapJobSetup } from '@caliper/engine/perfusion/fitMapChunk';
import { BENCH_DCE, benchAif, benchTimesS, benchTruth, synthesizeBenchSeries } from '../../../../../../../packages/engine/bench/perfusionPhantom';
import { runMapPool, type MapPoolWorker } from '../runMapPool';
import type { VolumeMaps } from '../volumeMaps';

const args = process.argv.slice(2);
const json = args.includes('--json');
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Math.max(1, Number(opt('--runs')) || 3);
const dims = (opt('--dims') ?? '256,256,20').split(',').map(Number) as [number, number, number];
const poolSize = Math.max(1, Number(opt('--workers')) || Math.min(2, availableParallelism()));
const baselineVoxels = Math.max(10, Number(opt('--baseline-voxels')) || 200);
const log = (...m: unknown[]) => (json ? undefined : console.error(...m));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const n = dims[0] * dims[1] * dims[2];
const times = benchTimesS();
const baselineCount = times.filter((t) => t < BENCH_DCE.bolusArrivalS).length;
log(`synthesising ${dims.join('×')} × ${BENCH_DCE.phases} phases …`);
const phases = synthesizeBenchSeries(dims);
const aif = benchAif();
const setup = (method: 'lm' | 'linear'): MapJobSetup => ({
  model: 'etofts', method, aif, timesS: times, baselineCount, flipAngleDeg: BENCH_DCE.flipAngleDeg, trMs: BENCH_DCE.trMs,
  r1PerMmS: BENCH_DCE.r1PerMmS, t10Ms: BENCH_DCE.t10Ms, bolusArrivalS: BENCH_DCE.bolusArrivalS,
});

/** A Node worker behind the MapPoolWorker interface (request ids, transfer both ways). */
function nodeWorker(): MapPoolWorker & { terminate(): Promise<number> } {
  const url = new URL('./mapPoolWorker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const w = new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`, { eval: true });
  const waiting = new Map<number, (v: unknown) => void>();
  let next = 0;
  w.on('message', (m: { id: number; value?: unknown }) => {
    waiting.get(m.id)?.(m.value);
    waiting.delete(m.id);
  });
  const call = <T>(callName: string, callArgs: unknown[], transfer: ArrayBuffer[] = []) => new Promise<T>((resolve) => {
    const id = next++;
    waiting.set(id, resolve as (v: unknown) => void);
    w.postMessage({ id, call: callName, args: callArgs }, transfer);
  });
  return {
    prepare: (jobId, s) => call<void>('prepare', [jobId, s]),
    release: (jobId) => call<void>('release', [jobId]),
    fitChunk: (jobId, chunk: MapChunk) => call<ChunkMaps>('fitChunk', [jobId, chunk], [chunk.signal.buffer as ArrayBuffer, ...(chunk.t10Ms ? [chunk.t10Ms.buffer as ArrayBuffer] : [])]),
    terminate: () => w.terminate(),
  };
}

function accuracy(m: VolumeMaps): number {
  const errs: number[] = [];
  for (let v = 0; v < n; v += 97) {
    const i = v % dims[0], j = Math.floor(v / dims[0]) % dims[1], k = Math.floor(v / (dims[0] * dims[1]));
    const t = benchTruth(i, j, k, dims);
    errs.push(Math.abs(m.ktrans[v] - t.ktrans) / t.ktrans);
  }
  return median(errs);
}

interface Row { task: string; medianMs: number; minMs: number; cpuMs: number; target: string; note: string }
const rows: Row[] = [];
const pool = Array.from({ length: poolSize }, nodeWorker);
let job = 0;
let lmMaps: VolumeMaps | null = null;
for (const method of ['lm', 'linear'] as const) {
  log(`pool of ${poolSize}, ${method} …`);
  const wall: number[] = [], cpu: number[] = [];
  let maps: VolumeMaps | null = null;
  await runMapPool(phases, setup(method), pool, { jobId: `warm-${method}` }); // warm-up (worker start, JIT)
  for (let q = 0; q < runs; q++) {
    const c0 = process.cpuUsage(), t0 = performance.now();
    maps = await runMapPool(phases, setup(method), pool, { jobId: `j${++job}` });
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000); // the whole process: main thread + worker threads
  }
  if (method === 'lm') lmMaps = maps;
  rows.push({
    task: `viewer map pool (runMapPool, 8192-voxel chunks, transfer), extended Tofts ${method === 'lm' ? 'Levenberg–Marquardt' : 'Murase linear'}, ${poolSize} workers`,
    medianMs: median(wall), minMs: Math.min(...wall), cpuMs: median(cpu), target: method === 'lm' ? '≤ 15 s' : '≤ 2 s',
    note: `median |Ktrans − truth|/truth ${(accuracy(maps!) * 100).toFixed(2)} %; + IAUGC60 map`,
  });
}
await Promise.all(pool.map((w) => w.terminate()));

// Baseline: plain per-voxel scalar LM with the exact convolution at every evaluation.
const exact = createKineticBasis(aif, Float64Array.from(times, (t) => t / 60));
const sample = Array.from({ length: baselineVoxels }, (_, q) => Math.floor(((q + 0.5) * n) / baselineVoxels));
log(`baseline on ${sample.length} voxels …`);
const t0 = performance.now(), c0 = process.cpuUsage();
const base = sample.map((v) => {
  const c = convertSignalToConcentration(Float64Array.from(phases, (p) => p[v]), { baselineCount, flipAngleDeg: BENCH_DCE.flipAngleDeg, trMs: BENCH_DCE.trMs, t10Ms: BENCH_DCE.t10Ms, r1PerMmS: BENCH_DCE.r1PerMmS });
  if (!c) return 0;
  const nt = times.length, f = new Float64Array(nt), d = new Float64Array(nt);
  const p = Float64Array.from([0.6, 0.2, 0.01]);
  fitLevenbergMarquardt((q, r, jac) => {
    exact.convolve(q[0] / q[1], f, d);
    for (let t = 0; t < nt; t++) {
      r[t] = q[0] * f[t] + q[2] * exact.cp[t] - c[t];
      jac[3 * t] = f[t] + (q[0] / q[1]) * d[t];
      jac[3 * t + 1] = ((-q[0] * q[0]) / (q[1] * q[1])) * d[t];
      jac[3 * t + 2] = exact.cp[t];
    }
  }, p, nt, { lower: [0, 0.001, 0], upper: [5, 1, 1] });
  return p[0];
});
const perVoxelBase = (performance.now() - t0) / sample.length;
const baseCpu = process.cpuUsage(c0);
const perVoxelBaseCpu = (baseCpu.user + baseCpu.system) / 1000 / sample.length;
const poolLm = rows[0];
const agree = median(sample.map((v, q) => Math.abs(base[q] - lmMaps!.ktrans[v]) / Math.max(1e-6, base[q])));
rows.push({
  task: `baseline: plain per-voxel scalar LM, exact 0.1 s-grid convolution, 1 thread (${sample.length} voxels, × ${Math.round(n / sample.length)})`,
  medianMs: perVoxelBase * n, minMs: NaN, cpuMs: perVoxelBaseCpu * n, target: '',
  note: `ratio baseline / pool: wall ${((perVoxelBase * n) / poolLm.medianMs).toFixed(0)}×, CPU ${((perVoxelBaseCpu * n) / poolLm.cpuMs).toFixed(0)}×; median |ΔKtrans| pool vs baseline ${(agree * 100).toFixed(3)} %`,
});

if (json) process.stdout.write(JSON.stringify({ node: process.version, loadavg: loadavg(), cores: cpus().length, dims, phases: BENCH_DCE.phases, workers: poolSize, runs, rows }, null, 2) + '\n');
else {
  const fmt = (ms: number) => (Number.isNaN(ms) ? '-' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
  console.log(`\nDCE maps on the viewer's pool — node ${process.version}, ${dims.join('×')} × ${BENCH_DCE.phases} phases, median of ${runs} runs, load ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  for (const r of rows) console.log(`${r.task.padEnd(110)} ${fmt(r.medianMs).padStart(9)}  min ${fmt(r.minMs).padStart(9)}  cpu ${fmt(r.cpuMs).padStart(9)}  ${r.target.padEnd(7)} ${r.note}`);
}
