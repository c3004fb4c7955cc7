import type { AifCurve } from './aifCurve';
import { convertSignalToConcentration } from './convertSignalToConcentration';
import type { DynamicSeries } from './dynamicSeries';
import type { KineticFitMethod } from './fitKineticModel';
import { fitPerfusionMaps } from './fitPerfusionMaps';
import type { KineticBasis } from './kineticBasis';
import { createKineticBasis } from './kineticBasis';
import type { KineticModel } from './kineticFit';
import { tabulateKineticBasis } from './tabulateKineticBasis';

/** What every chunk of one map job shares (sent once to each worker of a pool). */
export interface MapJobSetup {
  readonly model: Exclude<KineticModel, '2cxm'>;
  /** 'lm' (Levenberg–Marquardt, the contract's fit) or 'linear' (Murase). */
  readonly method: KineticFitMethod;
  readonly aif: AifCurve;
  /** Phase times, s after the first phase. */
  readonly timesS: Float64Array;
  readonly baselineCount: number;
  readonly flipAngleDeg: number;
  readonly trMs: number;
  readonly r1PerMmS: number;
  /** One T10 (ms) for all voxels; a VFA map comes with each chunk instead (MapChunk.t10Ms). */
  readonly t10Ms: number;
  /** Bolus arrival (s): IAUGC60 = ∫ C dt over [BAT, BAT + 60 s]. */
  readonly bolusArrivalS: number;
}

/** A run of consecutive voxels: their signal, phase-major (signal[p · count + q] = phase p, voxel start + q). */
export interface MapChunk {
  readonly start: number;
  readonly count: number;
  readonly signal: Float32Array;
  /** Per-voxel T10 (ms) of these voxels (VFA); ≤ 0 = unknown, not fitted. */
  readonly t10Ms?: Float32Array;
}

/** Maps of one chunk (index q = voxel start + q); unfitted voxels are 0 with fitted = 0. */
export interface ChunkMaps {
  readonly start: number;
  /** /min */
  readonly ktrans: Float32Array;
  /** /min; 0 for Patlak */
  readonly kep: Float32Array;
  /** 1; 0 for Patlak */
  readonly ve: Float32Array;
  /** 1; 0 for Tofts */
  readonly vp: Float32Array;
  /** RMS(model − C), mM */
  readonly residual: Float32Array;
  /** ∫ C dt over [BAT, BAT + 60 s], mM·s; 0 everywhere when the series ends before BAT + 60 s. */
  readonly iaugc60: Float32Array;
  readonly fitted: Uint8Array;
}

/** A prepared job: the setup and its kinetic basis (tabulated once per worker, O(phases) per model evaluation). */
export interface MapJob {
  readonly setup: MapJobSetup;
  readonly basis: KineticBasis;
}

/** Builds the basis of a job (Patlak: the exact basis; Tofts models: the tabulated one, as fitPerfusionMaps wants). */
export function prepareMapJob(setup: MapJobSetup): MapJob {
  const timesMin = Float64Array.from(setup.timesS, (t) => t / 60);
  const basis = setup.model === 'patlak' ? createKineticBasis(setup.aif, timesMin) : tabulateKineticBasis(setup.aif, timesMin);
  return { setup, basis };
}

/** ∫ c dt over [a, b] of the curve linear between samples (t strictly increasing, a ≥ t0, b ≤ t_last). */
export function integrateLinear(t: ArrayLike<number>, c: ArrayLike<number>, a: number, b: number): number {
  let sum = 0;
  for (let p = 0; p + 1 < t.length; p++) {
    const lo = Math.max(a, t[p]), hi = Math.min(b, t[p + 1]);
    if (hi <= lo) continue;
    const at = (x: number) => c[p] + ((c[p + 1] - c[p]) * (x - t[p])) / (t[p + 1] - t[p]);
    sum += ((at(lo) + at(hi)) / 2) * (hi - lo);
  }
  return sum;
}

/**
 * Fits one chunk of voxels (a worker's unit of work): fitPerfusionMaps on the chunk's own signal,
 * then IAUGC60 per fitted voxel from its concentration curve (same SPGR conversion). The result is
 * exactly what fitPerfusionMaps gives for those voxels of the whole volume, plus IAUGC60. `onProgress`
 * as in fitPerfusionMaps (return true to stop: the rest of the chunk stays 0).
 */
export function fitMapChunk(job: MapJob, chunk: MapChunk, onProgress?: (done: number, total: number) => boolean | void): ChunkMaps {
  const { setup } = job;
  const nt = setup.timesS.length, n = chunk.count;
  if (chunk.signal.length !== nt * n) throw new Error(`map chunk at ${chunk.start}: ${chunk.signal.length} samples for ${nt} phases × ${n} voxels`);
  const phases = Array.from({ length: nt }, (_, p) => chunk.signal.subarray(p * n, (p + 1) * n));
  const series: DynamicSeries = {
    phases, timesS: setup.timesS, baselineCount: setup.baselineCount, flipAngleDeg: setup.flipAngleDeg,
    trMs: setup.trMs, t10Ms: chunk.t10Ms ?? setup.t10Ms, r1PerMmS: setup.r1PerMmS,
  };
  const f = () => new Float32Array(n);
  const out = { start: chunk.start, ktrans: f(), kep: f(), ve: f(), vp: f(), residual: f(), iaugc60: f(), fitted: new Uint8Array(n) };
  fitPerfusionMaps(series, job.basis, { model: setup.model, method: setup.method, out, ...(onProgress ? { onProgress } : {}) });
  const bat = setup.bolusArrivalS, t = setup.timesS;
  if (!(bat >= t[0] && bat + 60 <= t[nt - 1] + 1e-9)) return out;
  const sig = new Float64Array(nt), conc = new Float64Array(nt);
  const convert = { baselineCount: setup.baselineCount, flipAngleDeg: setup.flipAngleDeg, trMs: setup.trMs, t10Ms: setup.t10Ms, r1PerMmS: setup.r1PerMmS, out: conc };
  for (let q = 0; q < n; q++) {
    if (!out.fitted[q]) continue;
    for (let p = 0; p < nt; p++) sig[p] = phases[p][q];
    convert.t10Ms = chunk.t10Ms ? chunk.t10Ms[q] : setup.t10Ms;
    if (convertSignalToConcentration(sig, convert)) out.iaugc60[q] = integrateLinear(t, conc, bat, bat + 60);
  }
  return out;
}
