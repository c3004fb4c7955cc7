import type { AifCurve, DynamicSeries, EnhancementCurve, KineticModel, PopulationAifType } from '@caliper/engine';
import { averageRoiCurves, createKineticBasis, detectBolusArrival, detectBolusOnset, fitKineticModel, measureEnhancementCurve, samplePopulationAif, sampleAifAt } from '@caliper/engine';

/** The AIF of a DCE ROI fit: a population curve, or the mean blood curve of a vessel ROI. */
export type DceAifChoice = { readonly type: PopulationAifType } | { readonly type: 'roi'; readonly voxels: ArrayLike<number> };

export interface MeasureDceRoiOptions {
  readonly model: Exclude<KineticModel, '2cxm'>;
  readonly aif: DceAifChoice;
  /** Bolus arrival (s after the first phase); detected as `caliper dce` does when absent. */
  readonly bolusArrivalS?: number;
  /** T10 (ms) of the AIF ROI's voxels (blood) instead of theirs. */
  readonly t10BloodMs?: number;
  readonly hematocrit: number;
}

/** One ROI's DCE analysis, `caliper dce --roi`'s conventions (its `meanFit` and `curve`). */
export interface DceRoiResult {
  readonly voxelCount: number;
  /** Voxels whose signal converts to concentration (S0 > 0, real R1). */
  readonly convertedCount: number;
  readonly bolusArrivalS: number;
  readonly bolusArrivalMethod: string;
  readonly baselineCount: number;
  readonly timesS: number[];
  /** ROI-mean signal per phase (stored units). */
  readonly signal: number[];
  /** ROI-mean concentration per phase (mM). */
  readonly concentrationMm: number[];
  /** AIF plasma concentration at the phase times (mM). */
  readonly aifMm: number[];
  readonly aifPeakMm: number;
  /** The fitted model at the phase times (mM). */
  readonly fitMm: number[];
  readonly model: MeasureDceRoiOptions['model'];
  readonly ktransPerMin: number;
  readonly kepPerMin: number | null;
  readonly ve: number | null;
  readonly vp: number | null;
  readonly residualMm: number;
  readonly curve: EnhancementCurve;
}

const mean = (xs: ArrayLike<number>, of: (v: number) => number): number => {
  let s = 0, c = 0;
  for (let q = 0; q < xs.length; q++) {
    const x = of(xs[q]);
    if (x > 0) [s, c] = [s + x, c + 1];
  }
  return c ? s / c : 0;
};

/**
 * The DCE analysis of one ROI (flat voxel indices) on a dynamic series, exactly as `caliper dce --roi`
 * computes its `meanFit` and `curve`: bolus arrival given or detected (population AIF: the shift that
 * best fits the ROI-mean signal; vessel ROI: onset of its mean signal, Cheong 2003), baseline =
 * phases before it, ROI-mean concentration (each voxel's own T10 and S0), the AIF (population in
 * continuous time, or vessel ROI mean blood / (1 − Hct)), the model fitted to the ROI mean (exact
 * basis, Levenberg–Marquardt; Patlak linear) and the curve's descriptive parameters.
 */
export function measureDceRoi(series: DynamicSeries, voxels: ArrayLike<number>, o: MeasureDceRoiOptions): { ok: true; value: DceRoiResult } | { ok: false; error: string } {
  if (voxels.length === 0) return { ok: false, error: 'ROI is empty' };
  if (o.aif.type === 'roi' && o.aif.voxels.length === 0) return { ok: false, error: 'AIF ROI is empty' };
  const timesS = Array.from(series.timesS);
  const nt = timesS.length;
  const t10Of = (v: number) => (typeof series.t10Ms === 'number' ? series.t10Ms : series.t10Ms[v]);
  let bat = o.bolusArrivalS;
  let method = 'given by the reader';
  if (bat === undefined) {
    if (o.aif.type === 'roi') {
      const onset = detectBolusOnset(averageRoiCurves({ ...series, baselineCount: 1 }, o.aif.voxels).signal, timesS);
      if (onset === null) return { ok: false, error: 'bolus arrival not detected: the AIF ROI does not enhance; give the bolus arrival' };
      [bat, method] = [onset, 'detected: linear-quadratic onset of the AIF ROI mean signal (Cheong 2003)'];
    } else {
      const signal = averageRoiCurves({ ...series, baselineCount: 1 }, voxels).signal;
      const t10 = mean(voxels, t10Of);
      const found = t10 > 0 ? detectBolusArrival(signal, timesS, { aif: o.aif.type, model: o.model, flipAngleDeg: series.flipAngleDeg, trMs: series.trMs, t10Ms: t10, r1PerMmS: series.r1PerMmS, hematocrit: o.hematocrit }) : null;
      if (!found) return { ok: false, error: 'bolus arrival not detected on the ROI mean curve; give the bolus arrival' };
      [bat, method] = [found.bolusArrivalS, 'detected: population-AIF shift that best fits the ROI mean curve'];
    }
  }
  const baselineCount = timesS.filter((t) => t < bat!).length;
  if (baselineCount === 0) return { ok: false, error: `no baseline phase before the bolus arrival (bolus arrival ${bat.toFixed(2)} s, first phase at 0 s)` };
  const dyn: DynamicSeries = { ...series, baselineCount };
  const timesMin = Float64Array.from(timesS, (t) => t / 60);
  let aif: AifCurve;
  if (o.aif.type === 'roi') {
    const blood = averageRoiCurves(dyn, o.aif.voxels, o.t10BloodMs !== undefined ? { t10Ms: o.t10BloodMs } : {});
    if (blood.convertedCount === 0) return { ok: false, error: 'AIF ROI has no voxel whose signal converts to concentration (S0 ≤ 0 or no real R1)' };
    aif = { timesMin, plasmaMm: Float64Array.from(blood.concentrationMm, (c) => c / (1 - o.hematocrit)) };
  } else aif = samplePopulationAif(o.aif.type, { bolusArrivalS: bat, endS: timesS[nt - 1], hematocrit: o.hematocrit });
  const basis = createKineticBasis(aif, timesMin);
  const curves = averageRoiCurves(dyn, voxels);
  if (curves.convertedCount === 0) return { ok: false, error: 'no voxel of the ROI converts to concentration (S0 ≤ 0 or no real R1: check T10)' };
  const fit = fitKineticModel(curves.concentrationMm, basis, { model: o.model });
  const fitMm = new Float64Array(nt);
  if (o.model === 'patlak') for (let n = 0; n < nt; n++) fitMm[n] = (fit.vp ?? 0) * basis.cp[n] + fit.ktransPerMin * basis.intCp[n];
  else {
    const f = new Float64Array(nt), df = new Float64Array(nt);
    basis.convolve(fit.kepPerMin ?? 0, f, df);
    for (let n = 0; n < nt; n++) fitMm[n] = fit.ktransPerMin * f[n] + (fit.vp ?? 0) * basis.cp[n];
  }
  const aifMm = Array.from(timesMin, (t) => sampleAifAt(aif, t));
  return {
    ok: true,
    value: {
      voxelCount: curves.voxelCount, convertedCount: curves.convertedCount, bolusArrivalS: bat, bolusArrivalMethod: method, baselineCount, timesS,
      signal: Array.from(curves.signal), concentrationMm: Array.from(curves.concentrationMm), aifMm, aifPeakMm: aif.plasmaMm.reduce((m, x) => Math.max(m, x), 0), fitMm: Array.from(fitMm),
      model: o.model, ktransPerMin: fit.ktransPerMin, kepPerMin: fit.kepPerMin, ve: fit.ve, vp: fit.vp, residualMm: fit.residualMm,
      curve: measureEnhancementCurve(curves.concentrationMm, curves.signal, timesS, { bolusArrivalS: bat }),
    },
  };
}
