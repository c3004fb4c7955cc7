import { computeDeltaR2Star } from './computeDeltaR2Star';
import { correctLeakageBsw } from './correctLeakageBsw';
import { deconvolveOsvd } from './deconvolveOsvd';
import { resampleUniform } from './resampleUniform';

export interface MeasureDscPerfusionOptions {
  /** Pre-bolus samples (S0). */
  readonly baselineCount: number;
  readonly teMs: number;
  /** Mean signal of non-enhancing tissue: enables the Boxerman–Schmainda–Weisskoff leakage correction. */
  readonly referenceSignal?: ArrayLike<number>;
  /** oSVD oscillation-index limit (default 0.095, Wu 2003). */
  readonly oscillationLimit?: number;
}

/**
 * DSC-MRI perfusion of one tissue curve, in units relative to the AIF: normalise CBV and CBF to a
 * reference ROI (normal-appearing white matter) measured the same way — rCBV = cbv / cbv_NAWM.
 */
export interface DscPerfusion {
  /** ∫ ΔR2*tissue (leakage-corrected when a reference was given) / ∫ ΔR2*AIF (unit 1, relative). */
  readonly cbv: number;
  readonly cbvUncorrected: number;
  /** max of the oSVD residue k(t) = CBF·R(t) (/s, relative). */
  readonly cbfPerS: number;
  /** Central volume theorem: CBV / CBF (s). */
  readonly mttS: number;
  readonly leakage: { readonly k1: number; readonly k2PerS: number } | null;
  readonly threshold: number;
  readonly oscillationIndex: number;
}

/**
 * ΔR2* of tissue and AIF (computeDeltaR2Star), optional BSW leakage correction (correctLeakageBsw)
 * against a non-enhancing reference, CBV as the ratio of areas, CBF by oSVD deconvolution
 * (deconvolveOsvd; curves resampled to a uniform grid when needed) and MTT = CBV/CBF (Østergaard et
 * al. 1996). Null when a signal has no usable baseline or non-positive samples.
 */
export function measureDscPerfusion(tissueSignal: ArrayLike<number>, aifSignal: ArrayLike<number>, timesS: ArrayLike<number>, options: MeasureDscPerfusionOptions): DscPerfusion | null {
  const r2 = { baselineCount: options.baselineCount, teMs: options.teMs };
  const tissue = computeDeltaR2Star(tissueSignal, r2), aif = computeDeltaR2Star(aifSignal, r2);
  if (!tissue || !aif) return null;
  let leakage: DscPerfusion['leakage'] = null;
  let corrected = tissue;
  if (options.referenceSignal) {
    const ref = computeDeltaR2Star(options.referenceSignal, r2);
    if (!ref) return null;
    const c = correctLeakageBsw(tissue, ref, timesS);
    corrected = c.corrected;
    leakage = { k1: c.k1, k2PerS: c.k2PerS };
  }
  const area = (c: ArrayLike<number>) => {
    let s = 0;
    for (let q = 1; q < c.length; q++) s += 0.5 * (timesS[q] - timesS[q - 1]) * (c[q] + c[q - 1]);
    return s;
  };
  const aifArea = area(aif);
  const { dtS, curves } = resampleUniform(timesS, [corrected, aif]);
  const d = deconvolveOsvd(curves[0], curves[1], dtS, options.oscillationLimit !== undefined ? { oscillationLimit: options.oscillationLimit } : {});
  const cbv = area(corrected) / aifArea;
  return { cbv, cbvUncorrected: area(tissue) / aifArea, cbfPerS: d.flowPerS, mttS: d.flowPerS > 0 ? cbv / d.flowPerS : NaN, leakage, threshold: d.threshold, oscillationIndex: d.oscillationIndex };
}
