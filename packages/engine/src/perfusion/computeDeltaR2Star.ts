export interface ComputeDeltaR2StarOptions {
  /** Leading samples averaged into S0 (pre-bolus baseline), ≥ 1. */
  readonly baselineCount: number;
  /** Echo time TE (ms). */
  readonly teMs: number;
  readonly out?: Float64Array;
}

/**
 * DSC-MRI relaxation-rate change (OSIPI CAPLEX ΔR2*): ΔR2*(t) = −ln(S(t)/S0)/TE in /s, S0 = mean
 * of the baseline samples (Rosen et al. 1990; T1 effects neglected). Proportional to the contrast
 * concentration (linear in tissue; the constant cancels in relative CBV/CBF). Null when S0 ≤ 0 or a
 * sample is ≤ 0.
 */
export function computeDeltaR2Star(signal: ArrayLike<number>, options: ComputeDeltaR2StarOptions): Float64Array | null {
  const n = signal.length, nb = Math.max(1, Math.min(n, Math.floor(options.baselineCount)));
  let s0 = 0;
  for (let q = 0; q < nb; q++) s0 += signal[q];
  s0 /= nb;
  if (!(s0 > 0)) return null;
  const out = options.out ?? new Float64Array(n);
  const te = options.teMs / 1000;
  for (let q = 0; q < n; q++) {
    if (!(signal[q] > 0)) return null;
    out[q] = -Math.log(signal[q] / s0) / te;
  }
  return out;
}
