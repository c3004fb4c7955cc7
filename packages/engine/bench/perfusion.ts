/**
 * Perfusion benchmark (`pnpm bench perfusion [-- --runs N] [-- --json] [-- --dims 256,256,20] [-- --baseline-voxels N]`):
 * the issue-15 targets on a synthetic 256×256×20 × 60-phase extended-Tofts series (int16, SNR ≈ 55,
 * Parker AIF): the ROI-mean fit while drawing (≤ 30 ms), Ktrans/kep/ve/vp/residual maps by
 * Levenberg–Marquardt (≤ 15 s) and by Murase's linear fit (≤ 2 s), on the main thread and on a
 * pool of 2 worker threads. Same-run baseline: a plain per-voxel scalar implementation (3-parameter
 * box-bounded LM from the OSIPI start, exact convolution over the 0.1 s AIF grid for every model
 * evaluation), timed on a voxel sample and extrapolated; its results are compared with ours.
 */
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { averageRoiCurves } from '../src/perfusion/averageRoiCurves';
import { convertSignalToConcentration } from '../src/perfusion/convertSignalToConcentration';
import { fitKineticModel } from '../src/perfusion/fitKineticModel';
import { fitLevenbergMarquardt } from '../src/perfusion/fitLevenbergMarquardt';
import { createPerfusionMaps, fitPerfusionMaps } from '../src/perfusion/fitPerfusionMaps';
import type { PerfusionMaps } from '../src/perfusion/fitPerfusionMaps';
import { createKineticBasis } from '../src/perfusion/kineticBasis';
import { measureEnhancementCurve } from '../src/perfusion/measureEnhancementCurve';
import { tabulateKineticBasis } from '../src/perfusion/tabulateKineticBasis';
import { BENCH_DCE, benchAif, benchTimesS, benchTruth, synthesizeBenchSeries } from './perfusionPhantom';
import type { FitRangeMessage } from './perfusionWorker';

const args = process.argv.slice(2);
const json = args.includes('--json');
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Math.max(1, Number(opt('--runs')) || 3);
const dims = (opt('--dims') ?? '256,256,20').split(',').map(Number) as [number, number, number];
const baselineVoxels = Math.max(10, Number(opt('--baseline-voxels')) || 200);
const log = (...m: unknown[]): void => {
  if (!json) console.error(...m);
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall and CPU (this thread's process: user + system) times of n runs after one warm-up. */
async function time<T>(n: number, f: () => T | Promise<T>, warm = true): Promise<{ median: number; min: number; cpu: number; value: T }> {
  let value = warm ? await f() : (undefined as T);
  const wall: number[] = [], cpu: number[] = [];
  for (let q = 0; q < n; q++) {
    const c0 = process.cpuUsage(), t0 = performance.now();
    value = await f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: median(wall), min: Math.min(...wall), cpu: median(cpu), value };
}

const n = dims[0] * dims[1] * dims[2];
const times = benchTimesS();
const tMin = Float64Array.from(times, (t) => t / 60);
const baselineCount = times.filter((t) => t < BENCH_DCE.bolusArrivalS).length;
log(`synthesising ${dims.join('×')} × ${BENCH_DCE.phases} phases (int16, extended Tofts, Parker AIF) …`);
const t0 = performance.now();
const phases = synthesizeBenchSeries(dims);
log(`  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const series = { phases, timesS: times, baselineCount, flipAngleDeg: BENCH_DCE.flipAngleDeg, trMs: BENCH_DCE.trMs, t10Ms: BENCH_DCE.t10Ms, r1PerMmS: BENCH_DCE.r1PerMmS };
const aif = benchAif();

interface Row { task: string; medianMs: number; minMs: number; cpuMs: number; target: string; note: string }
const rows: Row[] = [];

// 1. ROI-mean curve + fit while drawing: a 30 × 30 × 3 box (2700 voxels), exact basis (built per call).
const roi: number[] = [];
const [ci, cj, ck] = dims.map((d) => Math.floor(d / 2));
for (let k = Math.max(0, ck - 1); k <= Math.min(dims[2] - 1, ck + 1); k++)
  for (let j = Math.max(0, cj - 15); j < Math.min(dims[1], cj + 15); j++)
    for (let i = Math.max(0, ci - 15); i < Math.min(dims[0], ci + 15); i++) roi.push(i + dims[0] * (j + dims[1] * k));
const roiVoxels = Uint32Array.from(roi);
log(`ROI-mean fit (${roiVoxels.length} voxels) …`);
const roiFit = await time(21, () => {
  const curves = averageRoiCurves(series, roiVoxels);
  const fit = fitKineticModel(curves.concentrationMm, createKineticBasis(aif, tMin), { model: 'etofts' });
  measureEnhancementCurve(curves.concentrationMm, curves.signal, times, { bolusArrivalS: BENCH_DCE.bolusArrivalS });
  return fit;
});
rows.push({ task: `ROI-mean curve + extended Tofts fit + curve parameters (${roiVoxels.length} voxels)`, medianMs: roiFit.median, minMs: roiFit.min, cpuMs: roiFit.cpu, target: '≤ 30 ms', note: `Ktrans ${roiFit.value.ktransPerMin.toFixed(4)} /min` });

// 2. Maps on the main thread (table built inside the timing).
const maps = createPerfusionMaps(n);
for (const method of ['lm', 'linear'] as const) {
  log(`maps, ${method}, main thread …`);
  const r = await time(method === 'lm' ? Math.min(runs, 2) : runs, () => fitPerfusionMaps(series, tabulateKineticBasis(aif, tMin), { model: 'etofts', method, out: maps }), false);
  rows.push({ task: `maps ${dims.join('×')}×${BENCH_DCE.phases}, extended Tofts, ${method === 'lm' ? 'Levenberg–Marquardt' : 'Murase linear'}, 1 thread`, medianMs: r.median, minMs: r.min, cpuMs: r.cpu, target: method === 'lm' ? '≤ 15 s' : '≤ 2 s', note: accuracy(maps) });
}

// 3. Maps on a pool of 2 worker threads (shared memory, each fits half the voxels).
const pool = await startPool(2);
const shared = sharedMaps(n);
for (const method of ['lm', 'linear'] as const) {
  log(`maps, ${method}, 2 worker threads …`);
  const r = await time(runs, () => runPool(pool, method, shared), true);
  rows.push({ task: `maps, extended Tofts, ${method === 'lm' ? 'Levenberg–Marquardt' : 'Murase linear'}, 2 worker threads`, medianMs: r.median, minMs: r.min, cpuMs: NaN, target: method === 'lm' ? '≤ 15 s' : '≤ 2 s', note: accuracy(shared) });
}
await Promise.all(pool.map((w) => w.terminate()));

// 4. Baseline: plain per-voxel scalar fit on a voxel sample, extrapolated to the volume.
const exact = createKineticBasis(aif, tMin);
const sample = Array.from({ length: baselineVoxels }, (_, q) => Math.floor(((q + 0.5) * n) / baselineVoxels));
log(`baseline: plain per-voxel LM with exact convolution, ${sample.length} voxels …`);
const baseMaps = { ktrans: new Float64Array(sample.length) };
const base = await time(1, () => sample.forEach((v, q) => (baseMaps.ktrans[q] = plainVoxelFit(v))), false);
const perVoxelBase = base.median / sample.length;
const ours = rows.find((r) => r.task.includes('Levenberg') && r.task.includes('1 thread'))!;
const perVoxelOurs = ours.medianMs / n;
const agree = median(sample.map((v, q) => Math.abs(baseMaps.ktrans[q] - maps.ktrans[v]) / Math.max(1e-6, baseMaps.ktrans[q])));
rows.push({ task: `baseline: plain per-voxel scalar LM, exact 0.1 s-grid convolution (${sample.length} voxels, × ${Math.round(n / sample.length)})`, medianMs: perVoxelBase * n, minMs: NaN, cpuMs: NaN, target: '', note: `${(perVoxelBase * 1000).toFixed(0)} µs/voxel vs ours ${(perVoxelOurs * 1000).toFixed(1)} µs/voxel: ratio ${(perVoxelBase / perVoxelOurs).toFixed(0)}×; median |ΔKtrans| ours vs baseline ${(agree * 100).toFixed(3)} %` });

function plainVoxelFit(v: number): number {
  const sig = Float64Array.from(phases, (p) => p[v]);
  const c = convertSignalToConcentration(sig, { baselineCount, flipAngleDeg: BENCH_DCE.flipAngleDeg, trMs: BENCH_DCE.trMs, t10Ms: BENCH_DCE.t10Ms, r1PerMmS: BENCH_DCE.r1PerMmS });
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
}

/** Median relative Ktrans error against the truth over every 97th voxel. */
function accuracy(m: PerfusionMaps): string {
  const errs: number[] = [];
  for (let v = 0; v < n; v += 97) {
    const i = v % dims[0], j = Math.floor(v / dims[0]) % dims[1], k = Math.floor(v / (dims[0] * dims[1]));
    const t = benchTruth(i, j, k, dims);
    errs.push(Math.abs(m.ktrans[v] - t.ktrans) / t.ktrans);
  }
  return `median |Ktrans − truth|/truth ${(median(errs) * 100).toFixed(2)} %`;
}

function sharedMaps(count: number): PerfusionMaps {
  const f = () => new Float32Array(new SharedArrayBuffer(4 * count));
  return { ktrans: f(), kep: f(), ve: f(), vp: f(), residual: f(), fitted: new Uint8Array(new SharedArrayBuffer(count)) };
}

async function startPool(size: number): Promise<Worker[]> {
  const url = new URL('./perfusionWorker.ts', import.meta.url).href;
  // Workers load TypeScript through tsx's loader, registered inside the worker.
  const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  return Array.from({ length: size }, () => new Worker(code, { eval: true }));
}

function runPool(workers: Worker[], method: 'lm' | 'linear', out: PerfusionMaps): Promise<void> {
  const chunk = Math.ceil(n / workers.length);
  return Promise.all(workers.map((w, q) => new Promise<void>((resolve, reject) => {
    const msg: FitRangeMessage = { phases, baselineCount, model: 'etofts', method, start: q * chunk, end: Math.min(n, (q + 1) * chunk), maps: out };
    w.once('message', () => resolve());
    w.once('error', reject);
    w.postMessage(msg);
  }))).then(() => undefined);
}

if (json) {
  process.stdout.write(JSON.stringify({ node: process.version, loadavg: loadavg(), cores: cpus().length, dims, phases: BENCH_DCE.phases, runs, rows }, null, 2) + '\n');
} else {
  const fmt = (ms: number) => (Number.isNaN(ms) ? '-' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
  console.log(`\nperfusion benchmark — node ${process.version}, ${dims.join('×')} × ${BENCH_DCE.phases} phases, median of ${runs} runs (ROI fit: 21)`);
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  for (const r of rows) console.log(`${r.task.padEnd(96)} ${fmt(r.medianMs).padStart(10)}  min ${fmt(r.minMs).padStart(9)}  cpu ${fmt(r.cpuMs).padStart(9)}  ${r.target.padEnd(8)} ${r.note}`);
}
