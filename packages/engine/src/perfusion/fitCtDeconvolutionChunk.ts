import type { DeconvolutionChunk } from './fitDscDeconvolutionChunk';
import type { VascularLeakBasis } from './fitVascularLeak';
import { fitVascularLeak, prepareVascularLeakBasis } from './fitVascularLeak';
import { chunkCurve } from './fitDscDeconvolutionChunk';
import type { OsvdPlan, UniformResampling } from './osvdDeconvolutionChunk';
import { applyUniformResampling, planUniformResampling, prepareOsvdPlan, solveOsvdPlan } from './osvdDeconvolutionChunk';

/** What every chunk of a CT perfusion map job shares. */
export interface CtPerfusionMapJobSetup {
  /** Phase times, s after the first phase. */
  readonly timesS: ArrayLike<number>;
  readonly baselineCount: number;
  /** Mean HU of the arterial ROI. */
  readonly arterialHu: ArrayLike<number>;
  /** Mean HU of the venous ROI (partial-volume scaling of the arterial curve), or null. */
  readonly venousHu: ArrayLike<number> | null;
  readonly hematocritLarge?: number;
  readonly hematocritSmall?: number;
  readonly densityGPerMl?: number;
  readonly oscillationLimit?: number;
}

/** A prepared CT job: the scaled arterial curve, its area, oSVD plan and Patlak sums (once per worker). */
export interface CtPerfusionMapJob {
  readonly setup: CtPerfusionMapJobSetup;
  readonly nt: number;
  readonly nb: number;
  readonly partialVolumeScale: number;
  readonly aifArea: number;
  /** Hematocrit factor kH = (1 − Hct_large)/(1 − Hct_small) and tissue density ρ (g/mL). */
  readonly kH: number;
  readonly rho: number;
  readonly resampling: UniformResampling;
  readonly plan: OsvdPlan;
  /** The arterial terms of the blood-volume fit (fitVascularLeak). */
  readonly vascularLeak: VascularLeakBasis;
  /** Patlak after the first pass: first phase used, ∫AIF per phase and the AIF-only sums; null when fewer than 3 phases follow it (PS not available). */
  readonly patlak: { readonly first: number; readonly x: Float64Array; readonly z: Float64Array; readonly sxx: number; readonly sxz: number; readonly szz: number } | null;
  readonly tissue: Float64Array;
  readonly uniform: Float64Array;
  readonly curve: Float64Array;
}

/** Voxel maps of one chunk (index q = voxel start + q). */
export interface CtChunkMaps {
  readonly start: number;
  /** mL/100 g/min */
  readonly bf: Float32Array;
  /** mL/100 g */
  readonly bv: Float32Array;
  /** s; 0 when BF ≤ 0 */
  readonly mttS: Float32Array;
  /** mL/100 g/min; 0 everywhere when job.patlak is null */
  readonly ps: Float32Array;
  /** Time of the residue's maximum, s */
  readonly tmaxS: Float32Array;
}

/** Prepares a CT perfusion map job from the arterial (and venous) ROI curves, as measureCtPerfusion treats them. */
export function prepareCtPerfusionMapJob(setup: CtPerfusionMapJobSetup): CtPerfusionMapJob {
  const t = setup.timesS, n = t.length, nb = Math.max(1, Math.min(n, setup.baselineCount));
  const enhancement = (c: ArrayLike<number>) => {
    let b = 0;
    for (let q = 0; q < nb; q++) b += c[q];
    b /= nb;
    return Float64Array.from({ length: n }, (_, q) => c[q] - b);
  };
  const area = (c: ArrayLike<number>) => {
    let s = 0;
    for (let q = 1; q < n; q++) s += 0.5 * (t[q] - t[q - 1]) * (c[q] + c[q - 1]);
    return s;
  };
  let aif = enhancement(setup.arterialHu);
  let scale = 1;
  if (setup.venousHu) {
    const v = area(enhancement(setup.venousHu)), a = area(aif);
    if (v > a && a > 0) {
      scale = v / a;
      aif = Float64Array.from(aif, (x) => x * scale);
    }
  }
  const kH = (1 - (setup.hematocritLarge ?? 0.45)) / (1 - (setup.hematocritSmall ?? 0.25));
  const rho = setup.densityGPerMl ?? 1.04;
  const resampling = planUniformResampling(t);
  const plan = prepareOsvdPlan(applyUniformResampling(resampling, aif, new Float64Array(resampling.m)), resampling.dtS);
  let peak = 0;
  for (let q = 1; q < n; q++) if (aif[q] > aif[peak]) peak = q;
  let first = peak;
  while (first < n && aif[first] > 0.5 * aif[peak]) first++;
  let patlak: CtPerfusionMapJob['patlak'] = null;
  if (n - first >= 3) {
    const z = new Float64Array(n);
    let intA = 0, sxx = 0, sxz = 0, szz = 0;
    for (let q = 0; q < n; q++) {
      if (q > 0) intA += 0.5 * (t[q] - t[q - 1]) * (aif[q] + aif[q - 1]);
      z[q] = intA;
      if (q < first) continue;
      sxx += aif[q] * aif[q]; sxz += aif[q] * intA; szz += intA * intA;
    }
    patlak = { first, x: aif, z, sxx, sxz, szz };
  }
  return { setup, nt: n, nb, partialVolumeScale: scale, aifArea: area(aif), kH, rho, resampling, plan, vascularLeak: prepareVascularLeakBasis(aif, t), patlak, tissue: new Float64Array(n), uniform: new Float64Array(resampling.m), curve: new Float64Array(n) };
}

/**
 * CT perfusion maps of one chunk (HU, voxel- or phase-major like fitDscMapChunk): per voxel exactly
 * measureCtPerfusion(voxel HU, arterial HU, venous HU, times, options) — BF, BV (vascular-transit +
 * leak fit), MTT, PS (Patlak after the first pass) — plus Tmax, with the arterial decomposition, the
 * fit's arterial terms and Patlak sums computed once per job.
 * `onProgress(done, total)` every 256 voxels; return true to stop (the rest stays 0).
 */
export function fitCtPerfusionMapChunk(job: CtPerfusionMapJob, chunk: DeconvolutionChunk, onProgress?: (done: number, total: number) => boolean | void): CtChunkMaps {
  const { nt, nb, setup, tissue, uniform, plan, resampling, kH, rho, patlak, vascularLeak } = job, n = chunk.count;
  if (chunk.signal.length !== nt * n) throw new Error(`CT perfusion map chunk at ${chunk.start}: ${chunk.signal.length} samples for ${n} voxels × ${nt} phases`);
  const f = () => new Float32Array(n);
  const out = { start: chunk.start, bf: f(), bv: f(), mttS: f(), ps: f(), tmaxS: f() };
  const solveOptions = setup.oscillationLimit !== undefined ? { oscillationLimit: setup.oscillationLimit } : {};
  for (let v = 0; v < n; v++) {
    if (onProgress && (v & 255) === 0 && v > 0 && onProgress(v, n) === true) return out;
    const hu = chunkCurve(chunk, v, nt, job.curve);
    let b = 0;
    for (let q = 0; q < nb; q++) b += hu[q];
    b /= nb;
    for (let q = 0; q < nt; q++) tissue[q] = hu[q] - b;
    const s = solveOsvdPlan(plan, applyUniformResampling(resampling, tissue, uniform), solveOptions);
    // The same expressions as measureCtPerfusion (× kH/ρ, × 6000 for mL/100 g/min, × 100 for mL/100 g).
    const bf = ((s.flowPerS * kH) / rho) * 6000;
    const fit = fitVascularLeak(vascularLeak, tissue);
    const bv = ((fit ? fit.vascularFraction : 0) * kH * 100) / rho;
    out.bf[v] = bf;
    out.bv[v] = bv;
    out.mttS[v] = bf > 0 ? (bv / bf) * 60 : 0;
    out.tmaxS[v] = s.peakIndex * resampling.dtS;
    if (patlak) {
      let sxy = 0, szy = 0;
      for (let q = patlak.first; q < nt; q++) {
        sxy += patlak.x[q] * tissue[q];
        szy += patlak.z[q] * tissue[q];
      }
      const det = patlak.sxx * patlak.szz - patlak.sxz * patlak.sxz;
      if (det > 0) out.ps[v] = Math.max(0, ((szy * patlak.sxx - sxy * patlak.sxz) / det) * (kH / rho) * 6000);
    }
  }
  onProgress?.(n, n);
  return out;
}
