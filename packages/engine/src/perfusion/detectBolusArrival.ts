import { convertSignalToConcentration } from './convertSignalToConcentration';
import { createKineticBasis } from './kineticBasis';
import { fitKineticModel } from './fitKineticModel';
import type { KineticModel } from './kineticFit';
import { samplePopulationAif } from './samplePopulationAif';
import type { PopulationAifType } from './samplePopulationAif';

export interface DetectBolusArrivalOptions {
  readonly aif: PopulationAifType;
  readonly model: KineticModel;
  readonly flipAngleDeg: number;
  readonly trMs: number;
  /** T10 (ms) used to convert the mean signal. */
  readonly t10Ms: number;
  readonly r1PerMmS: number;
  readonly hematocrit: number;
  /** Coarse grid step (s). Default 1 s (or a quarter of the shortest phase interval if smaller). */
  readonly stepS?: number;
}

export interface BolusArrival {
  /** Seconds after the first phase. */
  readonly bolusArrivalS: number;
  /** Residual (mM) of the model fit at that arrival. */
  readonly residualMm: number;
}

/**
 * Bolus arrival (BAT) for a population AIF as the shift of the AIF that best explains the tissue:
 * for each candidate b between the first phase and the peak of the mean signal, the phases before b
 * are the baseline, the mean signal is converted to concentration (SPGR, one T10), and the model is
 * fitted with the population AIF starting at b; the b with the smallest residual wins (coarse grid,
 * then golden-section refinement to 0.01 s). This is the arrival in the population curve's own
 * convention (t = 0 of Parker's fit), not the visible onset, which lags it by several seconds.
 * Returns null when no candidate gives a concentration curve (e.g. no enhancement).
 */
export function detectBolusArrival(meanSignal: ArrayLike<number>, timesS: ArrayLike<number>, options: DetectBolusArrivalOptions): BolusArrival | null {
  const n = timesS.length;
  const t = Float64Array.from(timesS);
  const tMin = Float64Array.from(t, (x) => x / 60);
  let peak = 0;
  for (let q = 1; q < n; q++) if (meanSignal[q] > meanSignal[peak]) peak = q;
  if (peak === 0) return null;
  const conc = new Float64Array(n);
  const residualAt = (b: number): number => {
    let baseline = 0;
    while (baseline < n && t[baseline] < b) baseline++;
    if (baseline === 0) return Infinity;
    const c = convertSignalToConcentration(meanSignal, { baselineCount: baseline, flipAngleDeg: options.flipAngleDeg, trMs: options.trMs, t10Ms: options.t10Ms, r1PerMmS: options.r1PerMmS, out: conc });
    if (!c) return Infinity;
    const aif = samplePopulationAif(options.aif, { bolusArrivalS: b, endS: t[n - 1], hematocrit: options.hematocrit });
    return fitKineticModel(c, createKineticBasis(aif, tMin), { model: options.model }).residualMm;
  };
  let minDt = Infinity;
  for (let q = 1; q < n; q++) minDt = Math.min(minDt, t[q] - t[q - 1]);
  const step = options.stepS ?? Math.min(1, minDt / 4);
  let bestB = NaN, best = Infinity;
  for (let b = t[0] + step / 2; b <= t[peak]; b += step) {
    const r = residualAt(b);
    if (r < best) {
      best = r;
      bestB = b;
    }
  }
  if (!Number.isFinite(best)) return null;
  // Golden-section search on [b − step, b + step].
  let lo = Math.max(t[0] + 1e-6, bestB - step), hi = Math.min(t[peak], bestB + step);
  const g = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - g * (hi - lo), x2 = lo + g * (hi - lo);
  let f1 = residualAt(x1), f2 = residualAt(x2);
  while (hi - lo > 0.01) {
    if (f1 <= f2) {
      hi = x2; x2 = x1; f2 = f1; x1 = hi - g * (hi - lo); f1 = residualAt(x1);
    } else {
      lo = x1; x1 = x2; f1 = f2; x2 = lo + g * (hi - lo); f2 = residualAt(x2);
    }
  }
  const bMid = (lo + hi) / 2, fMid = residualAt(bMid);
  return fMid <= best ? { bolusArrivalS: bMid, residualMm: fMid } : { bolusArrivalS: bestB, residualMm: best };
}
