import type { VoxelArray } from '@caliper/core';
import { computeDeltaR2Star, measureCtPerfusion, measureDscPerfusion } from '@caliper/engine';
import { detectPerfusionBaseline } from './detectPerfusionBaseline';
import { meanRoiSignal } from './meanRoiSignal';

/** The voxels (flat indices on the dynamic grid) of the ROIs of a DSC or CT perfusion measurement. */
export interface PerfusionRoiVoxels {
  readonly tissue: ArrayLike<number>;
  /** The arterial input (a vessel ROI, or the suggested voxels). */
  readonly aif: ArrayLike<number>;
  /** DSC: the reference ROI (normal-appearing white matter); CT: the venous output ROI. Optional. */
  readonly second?: ArrayLike<number> | null;
}

export interface MeasurePerfusionRoiOptions {
  readonly kind: 'dsc' | 'ctp';
  /** DSC: EchoTime (ms). */
  readonly teMs?: number;
  /** Phases before the bolus (S0 / baseline HU); detected on the arterial ROI when absent. */
  readonly baselineCount?: number;
}

/** One ROI curve as the chart draws it. */
export interface PerfusionCurve {
  readonly voxelCount: number;
  /** Mean stored signal per phase (MR: a.u.; CT: HU). */
  readonly signal: number[];
  /** ΔR2* (/s, DSC) or ΔHU (HU − baseline, CT) per phase. */
  readonly delta: number[];
}

/** A number of the result, or why it cannot be computed (shown as 'not computable: <why>'). */
export type Computed = { readonly value: number } | { readonly why: string };

export interface DscRoiNumbers {
  /** rCBV of the tissue with the Boxerman–Schmainda–Weisskoff leakage correction, normalised to the reference ROI (1). */
  readonly rcbv: Computed;
  readonly rcbvUncorrected: Computed;
  readonly rcbf: Computed;
  /** CBV/CBF of the tissue (s): needs no reference. */
  readonly mttS: Computed;
  /** BSW leakage term (/s; > 0 T1-dominant leakage). */
  readonly k2PerS: Computed;
  /** Tissue CBV and CBF relative to the AIF, before normalisation. */
  readonly cbvRelAif: number;
  readonly cbfRelAifPerS: number;
  readonly oscillationIndex: number;
  readonly threshold: number;
}

export interface CtpRoiNumbers {
  readonly bfMlPer100gMin: Computed;
  readonly bvMlPer100g: Computed;
  readonly mttS: Computed;
  readonly psMlPer100gMin: Computed;
  /** kH/ρ · ∫ΔHU tissue / ∫ΔHU artery · 100 (mL/100 g): the blood volume plus the leaked contrast (shown on hover). */
  readonly bvAreaRatioMlPer100g: number;
  /** ∫VOF/∫AIF applied to the arterial curve (1 without a venous ROI or when it is smaller). */
  readonly partialVolumeScale: number;
}

/** One ROI's DSC or CT perfusion result (live while drawing). */
export interface PerfusionRoiResult {
  readonly kind: 'dsc' | 'ctp';
  readonly timesS: number[];
  readonly baselineCount: number;
  readonly bolusArrivalS: number | null;
  readonly bolusArrivalMethod: string;
  readonly tissue: PerfusionCurve;
  readonly aif: PerfusionCurve;
  /** DSC reference / CT venous output, when drawn. */
  readonly second: PerfusionCurve | null;
  /** '/s' (ΔR2*) or 'HU' (ΔHU). */
  readonly deltaUnit: '/s' | 'HU';
  readonly dsc?: DscRoiNumbers;
  readonly ctp?: CtpRoiNumbers;
}

const ok = (v: number, why: string): Computed => (Number.isFinite(v) ? { value: v } : { why });

function curveOf(kind: 'dsc' | 'ctp', signal: Float64Array, voxelCount: number, baselineCount: number, teMs: number): PerfusionCurve | null {
  let delta: ArrayLike<number> | null;
  if (kind === 'dsc') delta = computeDeltaR2Star(signal, { baselineCount, teMs });
  else {
    let b = 0;
    for (let q = 0; q < baselineCount; q++) b += signal[q];
    b /= baselineCount;
    delta = Float64Array.from(signal, (s) => s - b);
  }
  return delta ? { voxelCount, signal: Array.from(signal), delta: Array.from(delta) } : null;
}

/**
 * DSC-MRI or CT perfusion of one ROI against a drawn arterial ROI (issue 15): ROI-mean signals; the
 * bolus onset on the arterial curve (unless given) sets the baseline; DSC: ΔR2* = −ln(S/S0)/TE, CBV
 * (with and without the BSW leakage correction against the reference ROI), CBF by oSVD and MTT
 * (measureDscPerfusion), rCBV/rCBF = tissue / reference (normal-appearing white matter, measured the
 * same way without correction); CT: ΔHU, BF/BV/MTT by oSVD with the venous partial-volume scaling and
 * PS by Patlak (measureCtPerfusion). Errors name what is missing; a number that cannot be computed
 * says why instead of a guess.
 */
export function measurePerfusionRoi(phases: readonly VoxelArray[], timesS: readonly number[], voxels: PerfusionRoiVoxels, o: MeasurePerfusionRoiOptions): { ok: true; value: PerfusionRoiResult } | { ok: false; error: string } {
  if (timesS.length < 3) return { ok: false, error: `not a dynamic series: ${timesS.length} phase(s), perfusion needs at least 3` };
  if (voxels.tissue.length === 0) return { ok: false, error: 'ROI is empty' };
  if (voxels.aif.length === 0) return { ok: false, error: 'AIF ROI is empty (draw it on an artery inside the series)' };
  const te = o.teMs ?? 0;
  if (o.kind === 'dsc' && !(te > 0)) return { ok: false, error: 'EchoTime (0018,0081) missing: DSC needs TE' };
  const aifSignal = meanRoiSignal(phases, voxels.aif);
  let baselineCount = o.baselineCount ?? 0, bolusArrivalS: number | null = null, method = 'given by the reader';
  if (!o.baselineCount) {
    const b = detectPerfusionBaseline(o.kind, aifSignal, timesS);
    if (!b) return { ok: false, error: `bolus arrival not detected on the AIF ROI (its mean ${o.kind === 'dsc' ? 'signal does not drop' : 'HU does not rise'} after a baseline): draw it on an artery or give the baseline phases` };
    [baselineCount, bolusArrivalS, method] = [b.baselineCount, b.bolusArrivalS, b.method];
  }
  const tissueSignal = meanRoiSignal(phases, voxels.tissue);
  const second = voxels.second?.length ? meanRoiSignal(phases, voxels.second) : null;
  const tissue = curveOf(o.kind, tissueSignal, voxels.tissue.length, baselineCount, te);
  const aif = curveOf(o.kind, aifSignal, voxels.aif.length, baselineCount, te);
  const sec = second ? curveOf(o.kind, second, voxels.second!.length, baselineCount, te) : null;
  const nonPositive = 'a mean signal ≤ 0 (no ΔR2*)';
  if (!tissue) return { ok: false, error: `ROI has ${nonPositive}` };
  if (!aif) return { ok: false, error: `AIF ROI has ${nonPositive}` };
  if (second && !sec) return { ok: false, error: `reference ROI has ${nonPositive}` };
  const base = { kind: o.kind, timesS: [...timesS], baselineCount, bolusArrivalS, bolusArrivalMethod: method, tissue, aif, second: sec };
  if (o.kind === 'dsc') {
    const opts = { baselineCount, teMs: te };
    const t = measureDscPerfusion(tissueSignal, aifSignal, timesS, { ...opts, ...(second ? { referenceSignal: second } : {}) });
    if (!t) return { ok: false, error: `ROI has ${nonPositive}` };
    const ref = second ? measureDscPerfusion(second, aifSignal, timesS, opts) : null;
    const noRef = 'no reference ROI (NAWM)';
    const rel = (x: number, r: number | undefined) => (r === undefined ? { why: noRef } : r > 0 ? ok(x / r, 'reference ROI has no CBV/CBF') : { why: 'reference ROI shows no signal drop' });
    const dsc: DscRoiNumbers = {
      rcbv: rel(t.cbv, ref?.cbv), rcbvUncorrected: rel(t.cbvUncorrected, ref?.cbv), rcbf: rel(t.cbfPerS, ref?.cbfPerS),
      mttS: ok(t.mttS, 'no flow found by the deconvolution'),
      k2PerS: t.leakage ? { value: t.leakage.k2PerS } : { why: noRef },
      cbvRelAif: t.cbv, cbfRelAifPerS: t.cbfPerS, oscillationIndex: t.oscillationIndex, threshold: t.threshold,
    };
    return { ok: true, value: { ...base, deltaUnit: '/s', dsc } };
  }
  const c = measureCtPerfusion(tissueSignal, aifSignal, second, timesS, { baselineCount });
  const ctp: CtpRoiNumbers = {
    bfMlPer100gMin: ok(c.bfMlPer100gMin, 'no flow found by the deconvolution'),
    bvMlPer100g: ok(c.bvMlPer100g, 'the arterial curve has no enhancement'),
    mttS: ok(c.mttS, 'BF is 0'),
    psMlPer100gMin: c.psMlPer100gMin === null ? { why: 'fewer than 3 phases after the arterial first pass' } : ok(c.psMlPer100gMin, 'Patlak fit failed'),
    bvAreaRatioMlPer100g: c.bvAreaRatioMlPer100g,
    partialVolumeScale: c.partialVolumeScale,
  };
  return { ok: true, value: { ...base, deltaUnit: 'HU', ctp } };
}
