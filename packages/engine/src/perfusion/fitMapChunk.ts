import type { AifCurve } from './aifCurve';
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

/** A prepared job: the setup, its kinetic basis (tabulated once per worker, O(phases) per model evaluation) and the IAUGC60 weights (null when the series ends before BAT + 60 s). */
export interface MapJob {
  readonly setup: MapJobSetup;
  readonly basis: KineticBasis;
  readonly iaugcWeights: Float64Array | null;
}

/** Builds the basis of a job (Patlak: the exact basis; Tofts models: the tabulated one, as fitPerfusionMaps wants). */
export function prepareMapJob(setup: MapJobSetup): MapJob {
  const timesMin = Float64Array.from(setup.timesS, (t) => t / 60);
  const basis = setup.model === 'patlak' ? createKineticBasis(setup.aif, timesMin) : tabulateKineticBasis(setup.aif, timesMin);
  const t = setup.timesS, bat = setup.bolusArrivalS, last = t[t.length - 1];
  const iaugcWeights = bat >= t[0] && bat + 60 <= last + 1e-9 ? integrationWeights(t, bat, Math.min(last, bat + 60)) : null;
  return { setup, basis, iaugcWeights };
}

/**
 * Weights w with Σ w[p] c[p] = ∫ c dt over [a, b] for any curve c linear between the samples at t
 * (t strictly increasing, t0 ≤ a ≤ b ≤ t_last): the trapezoid of each segment cut to [a, b], its end
 * values linear in the two samples. Computed once per job: IAUGC is then a dot product per voxel.
 */
export function integrationWeights(t: ArrayLike<number>, a: number, b: number): Float64Array {
  const w = new Float64Array(t.length);
  for (let p = 0; p + 1 < t.length; p++) {
    const lo = Math.max(a, t[p]), hi = Math.min(b, t[p + 1]);
    if (hi <= lo) continue;
    const dt = t[p + 1] - t[p];
    // value at x = (1 − u) c[p] + u c[p+1], u = (x − t[p]) / dt; trapezoid = (v(lo) + v(hi)) / 2 × (hi − lo)
    const uLo = (lo - t[p]) / dt, uHi = (hi - t[p]) / dt, half = (hi - lo) / 2;
    w[p] += half * (2 - uLo - uHi);
    w[p + 1] += half * (uLo + uHi);
  }
  return w;
}

/** ∫ c dt over [a, b] of the curve linear between samples (t strictly increasing, a ≥ t0, b ≤ t_last). */
export function integrateLinear(t: ArrayLike<number>, c: ArrayLike<number>, a: number, b: number): number {
  const w = integrationWeights(t, a, b);
  let sum = 0;
  for (let p = 0; p < w.length; p++) sum += w[p] * c[p];
  return sum;
}

/**
 * Fits one chunk of voxels (a worker's unit of work): fitPerfusionMaps on the chunk's own signal,
 * with IAUGC60 of each fitted voxel taken from its concentration curve in the same pass (one
 * conversion per voxel). The result is
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
  // IAUGC60 in the same pass: a dot product of each voxel's concentration with the job's weights.
  const w = job.iaugcWeights;
  const iaugc = out.iaugc60;
  const onConcentration = w
    ? (q: number, c: Float64Array) => {
        let sum = 0;
        for (let p = 0; p < nt; p++) sum += w[p] * c[p];
        iaugc[q] = sum;
      }
    : undefined;
  fitPerfusionMaps(series, job.basis, { model: setup.model, method: setup.method, out, ...(onProgress ? { onProgress } : {}), ...(onConcentration ? { onConcentration } : {}) });
  return out;
}
