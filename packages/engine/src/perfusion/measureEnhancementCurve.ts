export interface MeasureEnhancementCurveOptions {
  /** Bolus arrival (s, same clock as the times). */
  readonly bolusArrivalS: number;
}

/**
 * Descriptive (model-free) parameters of an ROI's enhancement curve, concentration linear between
 * phases. Kuhl et al. 1999 curve types from the signal. Null when the window is not covered.
 */
export interface EnhancementCurve {
  /** Time to peak: time of the first maximum of C − bolus arrival (s). */
  readonly ttpS: number;
  /** Initial area under the concentration curve, ∫ C dt over [BAT, BAT + 60 s] (mM·s). */
  readonly iaugc60MmS: number | null;
  /** Same over [BAT, BAT + 90 s] (mM·s). */
  readonly iaugc90MmS: number | null;
  /** Largest slope between consecutive phases (mM/min). */
  readonly washInMmPerMin: number;
  /** Slope from the peak to the last phase (mM/min); null when the peak is the last phase. */
  readonly washOutMmPerMin: number | null;
  /** (S_last − S_early)/S_early × 100, S_early = max signal over BAT < t ≤ BAT + 120 s (%). */
  readonly lateChangePct: number | null;
  /** Kuhl type: late change > +10 % 'I' (persistent), < −10 % 'III' (washout), else 'II' (plateau). */
  readonly type: 'I' | 'II' | 'III' | null;
}

/** Integral of the piecewise-linear (t, c) from a to b (a ≤ b within [t0, t_last]). */
function integrateLinear(t: ArrayLike<number>, c: ArrayLike<number>, a: number, b: number): number {
  let s = 0;
  for (let n = 0; n + 1 < t.length; n++) {
    const lo = Math.max(a, t[n]), hi = Math.min(b, t[n + 1]);
    if (hi <= lo) continue;
    const slope = (c[n + 1] - c[n]) / (t[n + 1] - t[n]);
    const cl = c[n] + slope * (lo - t[n]), ch = c[n] + slope * (hi - t[n]);
    s += 0.5 * (cl + ch) * (hi - lo);
  }
  return s;
}

/**
 * TTP, IAUGC60/90 (Evelhoch 2004), wash-in / wash-out slopes and the late signal change with its
 * curve type (Kuhl 1999), as `caliper dce` defines them: concentration (mM) and signal at the phase
 * times (s). IAUGC is null when BAT + 60/90 s is past the last phase.
 */
export function measureEnhancementCurve(concMm: ArrayLike<number>, signal: ArrayLike<number>, timesS: ArrayLike<number>, options: MeasureEnhancementCurveOptions): EnhancementCurve {
  const n = timesS.length, bat = options.bolusArrivalS;
  const last = timesS[n - 1];
  let peak = 0;
  for (let q = 1; q < n; q++) if (concMm[q] > concMm[peak]) peak = q;
  let washIn = -Infinity;
  for (let q = 0; q + 1 < n; q++) washIn = Math.max(washIn, ((concMm[q + 1] - concMm[q]) / (timesS[q + 1] - timesS[q])) * 60);
  const iaugc = (window: number) => (bat + window <= last + 1e-9 && bat >= timesS[0] ? integrateLinear(timesS, concMm, bat, bat + window) : null);
  let early = -Infinity;
  for (let q = 0; q < n; q++) if (timesS[q] > bat && timesS[q] <= bat + 120) early = Math.max(early, signal[q]);
  const change = Number.isFinite(early) && early !== 0 ? ((signal[n - 1] - early) / early) * 100 : null;
  return {
    ttpS: timesS[peak] - bat,
    iaugc60MmS: iaugc(60),
    iaugc90MmS: iaugc(90),
    washInMmPerMin: n > 1 ? washIn : 0,
    washOutMmPerMin: peak < n - 1 ? ((concMm[n - 1] - concMm[peak]) / (last - timesS[peak])) * 60 : null,
    lateChangePct: change,
    type: change === null ? null : change > 10 ? 'I' : change < -10 ? 'III' : 'II',
  };
}
