import { computeDeltaR2Star } from './computeDeltaR2Star';
import type { OsvdPlan, UniformResampling } from './osvdDeconvolutionChunk';
import { applyUniformResampling, planUniformResampling, prepareOsvdPlan, solveOsvdPlan } from './osvdDeconvolutionChunk';

/** What every chunk of a DSC-MRI map job shares. */
export interface DscMapJobSetup {
  /** Phase times, s after the first phase. */
  readonly timesS: ArrayLike<number>;
  /** Pre-bolus phases (S0). */
  readonly baselineCount: number;
  readonly teMs: number;
  /** Mean signal of the arterial ROI (the AIF). */
  readonly aifSignal: ArrayLike<number>;
  /** Mean signal of non-enhancing tissue: enables the BSW leakage correction of every voxel. */
  readonly referenceSignal?: ArrayLike<number>;
  /** oSVD oscillation-index limit (default 0.095). */
  readonly oscillationLimit?: number;
}

/** A prepared DSC job: the AIF's ΔR2*, area and oSVD plan, the reference's ΔR2* integral and sums (once per worker). */
export interface DscMapJob {
  readonly setup: DscMapJobSetup;
  readonly nt: number;
  readonly aifArea: number;
  readonly resampling: UniformResampling;
  readonly plan: OsvdPlan;
  /** BSW: ∫0^t ΔR2*ref, and Σr², Σr·(−∫), Σ(−∫)² over the phases; null without a reference. */
  readonly bsw: { readonly reference: Float64Array; readonly integral: Float64Array; readonly rr: number; readonly ri: number; readonly ii: number } | null;
  // Per-voxel work buffers.
  readonly tissue: Float64Array;
  readonly corrected: Float64Array;
  readonly uniform: Float64Array;
  readonly curve: Float64Array;
}

/** Voxel maps of one chunk (index q = voxel start + q); voxels measureDscPerfusion refuses (no usable signal) are 0 with fitted = 0. */
export interface DscChunkMaps {
  readonly start: number;
  /** ∫ΔR2* (leakage-corrected with a reference) / ∫ΔR2*AIF, unit 1 (relative: normalise to white matter for rCBV). */
  readonly cbv: Float32Array;
  readonly cbvUncorrected: Float32Array;
  /** max k(t), /s (relative; × 6000 for mL/100 mL/min when blood and tissue share r2*). */
  readonly cbfPerS: Float32Array;
  /** CBV/CBF, s; 0 when CBF ≤ 0. */
  readonly mttS: Float32Array;
  /** Time of the residue's maximum, s (Tmax). */
  readonly tmaxS: Float32Array;
  /** BSW K2 (/s); 0 without a reference. */
  readonly leakageK2PerS: Float32Array;
  readonly fitted: Uint8Array;
}

/** Prepares a DSC map job; throws, naming what is wrong, when the AIF or the reference has no usable signal. */
export function prepareDscMapJob(setup: DscMapJobSetup): DscMapJob {
  const nt = setup.timesS.length, t = setup.timesS;
  const r2 = { baselineCount: setup.baselineCount, teMs: setup.teMs };
  const aif = computeDeltaR2Star(setup.aifSignal, r2);
  if (!aif) throw new Error('DSC map: the arterial curve has no usable baseline or a sample ≤ 0');
  let aifArea = 0;
  for (let q = 1; q < nt; q++) aifArea += 0.5 * (t[q] - t[q - 1]) * (aif[q] + aif[q - 1]);
  const resampling = planUniformResampling(t);
  const plan = prepareOsvdPlan(applyUniformResampling(resampling, aif, new Float64Array(resampling.m)), resampling.dtS);
  let bsw: DscMapJob['bsw'] = null;
  if (setup.referenceSignal) {
    const reference = computeDeltaR2Star(setup.referenceSignal, r2);
    if (!reference) throw new Error('DSC map: the reference (non-enhancing tissue) curve has no usable baseline or a sample ≤ 0');
    // correctLeakageBsw's reference sums, accumulated in its order.
    const integral = new Float64Array(nt);
    for (let q = 1; q < nt; q++) integral[q] = integral[q - 1] + 0.5 * (t[q] - t[q - 1]) * (reference[q] + reference[q - 1]);
    let rr = 0, ri = 0, ii = 0;
    for (let q = 0; q < nt; q++) {
      const r = reference[q], i = -integral[q];
      rr += r * r;
      ri += r * i;
      ii += i * i;
    }
    bsw = { reference, integral, rr, ri, ii };
  }
  return { setup, nt, aifArea, resampling, plan, bsw, tissue: new Float64Array(nt), corrected: new Float64Array(nt), uniform: new Float64Array(resampling.m), curve: new Float64Array(nt) };
}

/**
 * A run of consecutive voxels: their signal, voxel-major (signal[q · phases + p] = voxel start + q,
 * phase p), or phase-major with `phaseMajor` (signal[p · count + q], the layout of fitMapChunk's DCE chunks).
 */
export interface DeconvolutionChunk {
  readonly start: number;
  readonly count: number;
  readonly signal: Float32Array;
  readonly phaseMajor?: boolean;
}

/** Voxel q's curve of a chunk: a view (voxel-major) or gathered into `buffer` (phase-major). */
export function chunkCurve(chunk: DeconvolutionChunk, q: number, phases: number, buffer: Float64Array): ArrayLike<number> {
  if (!chunk.phaseMajor) return chunk.signal.subarray(q * phases, (q + 1) * phases);
  for (let p = 0; p < phases; p++) buffer[p] = chunk.signal[p * chunk.count + q];
  return buffer;
}

/**
 * DSC-MRI maps of one chunk: per voxel exactly measureDscPerfusion(voxel signal, AIF signal, times,
 * {baselineCount, teMs, referenceSignal, oscillationLimit}) — ΔR2*, BSW correction, CBV, oSVD CBF,
 * MTT — plus Tmax, with the AIF's decomposition and the reference's sums computed once per job.
 * `onProgress(done, total)` every 256 voxels; return true to stop (the rest stays 0).
 */
export function fitDscMapChunk(job: DscMapJob, chunk: DeconvolutionChunk, onProgress?: (done: number, total: number) => boolean | void): DscChunkMaps {
  const { nt, setup, bsw, tissue, corrected, uniform, plan, resampling, aifArea } = job, t = setup.timesS, n = chunk.count;
  if (chunk.signal.length !== nt * n) throw new Error(`DSC map chunk at ${chunk.start}: ${chunk.signal.length} samples for ${n} voxels × ${nt} phases`);
  const f = () => new Float32Array(n);
  const out = { start: chunk.start, cbv: f(), cbvUncorrected: f(), cbfPerS: f(), mttS: f(), tmaxS: f(), leakageK2PerS: f(), fitted: new Uint8Array(n) };
  const r2 = { baselineCount: setup.baselineCount, teMs: setup.teMs, out: tissue };
  const solveOptions = setup.oscillationLimit !== undefined ? { oscillationLimit: setup.oscillationLimit } : {};
  const area = (c: Float64Array) => {
    let s = 0;
    for (let q = 1; q < nt; q++) s += 0.5 * (t[q] - t[q - 1]) * (c[q] + c[q - 1]);
    return s;
  };
  for (let v = 0; v < n; v++) {
    if (onProgress && (v & 255) === 0 && v > 0 && onProgress(v, n) === true) return out;
    if (!computeDeltaR2Star(chunkCurve(chunk, v, nt, job.curve), r2)) continue;
    let c = tissue;
    if (bsw) {
      // correctLeakageBsw with the job's reference sums.
      let ry = 0, iy = 0;
      for (let q = 0; q < nt; q++) {
        const y = tissue[q];
        ry += bsw.reference[q] * y;
        iy += -bsw.integral[q] * y;
      }
      const { rr, ri, ii } = bsw, det = rr * ii - ri * ri;
      const k2 = det > 0 ? (iy * rr - ry * ri) / det : 0;
      for (let q = 0; q < nt; q++) corrected[q] = tissue[q] + k2 * bsw.integral[q];
      c = corrected;
      out.leakageK2PerS[v] = k2;
    }
    const s = solveOsvdPlan(plan, applyUniformResampling(resampling, c, uniform), solveOptions);
    const cbv = area(c) / aifArea;
    out.cbv[v] = cbv;
    out.cbvUncorrected[v] = area(tissue) / aifArea;
    out.cbfPerS[v] = s.flowPerS;
    out.mttS[v] = s.flowPerS > 0 ? cbv / s.flowPerS : 0;
    out.tmaxS[v] = s.peakIndex * resampling.dtS;
    out.fitted[v] = 1;
  }
  onProgress?.(n, n);
  return out;
}
