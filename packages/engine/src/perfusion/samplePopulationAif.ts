import type { AifCurve } from './aifCurve';
import { computeParkerAif } from './computeParkerAif';
import { computeWeinmannAif } from './computeWeinmannAif';

export type PopulationAifType = 'parker' | 'weinmann';

export interface SamplePopulationAifOptions {
  /** Bolus arrival (s after the first phase): t = 0 of the population curve; Cp = 0 before. */
  readonly bolusArrivalS: number;
  /** Last time (s) the curve must cover (the last phase). */
  readonly endS: number;
  /** Hematocrit for Parker (blood → plasma: Cp = Cb/(1 − Hct)); ignored by Weinmann (already plasma). Default 0.42. */
  readonly hematocrit?: number;
  /** Grid step in s (≤ 0.1 s, the contract's resolution). Default 0.1. */
  readonly stepS?: number;
}

/**
 * A population AIF (Parker 2006 blood curve / (1 − Hct), or Weinmann plasma) as a piecewise-linear
 * plasma curve on a fine grid aligned on the bolus arrival: nodes at BAT + j·step, plus the jump
 * from 0 to Cp(0) at BAT. Convolving it exactly (convolveAif) is the "continuous time, ≤ 0.1 s
 * grid" convolution: the model never samples the AIF only at the phase times. Times in min, t = 0 at
 * the first phase.
 */
export function samplePopulationAif(type: PopulationAifType, options: SamplePopulationAifOptions): AifCurve {
  const step = Math.min(options.stepS ?? 0.1, 0.1) / 60;
  const bat = options.bolusArrivalS / 60, end = options.endS / 60;
  const hct = options.hematocrit ?? 0.42;
  const first = Math.max(0, Math.floor((0 - bat) / step) + 1); // first grid index with BAT + j·step > 0 when BAT < 0
  const jLast = Math.max(first, Math.ceil((end - bat) / step));
  const times: number[] = [];
  if (bat > 0) times.push(0, bat);
  else if (bat < 0) times.push(0);
  for (let j = bat >= 0 ? 0 : first; j <= jLast; j++) times.push(bat + j * step);
  const t = Float64Array.from(times);
  const rel = Float64Array.from(t, (x) => x - bat);
  const c = type === 'parker' ? computeParkerAif(rel) : computeWeinmannAif(rel);
  if (type === 'parker') for (let q = 0; q < c.length; q++) c[q] /= 1 - hct;
  // Cp = 0 before the arrival: the node at 0 (and the left node of the jump at BAT) are 0.
  if (bat > 0) c[0] = c[1] = 0;
  return { timesMin: t, plasmaMm: c };
}
