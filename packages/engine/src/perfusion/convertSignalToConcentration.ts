export interface ConvertSignalToConcentrationOptions {
  /** Samples [baselineStart, baselineCount) (the phases before the bolus arrival) are averaged into S0. */
  readonly baselineCount: number;
  /**
   * First baseline sample, default 0 (`caliper dce`: every phase before the arrival). OSIPI's
   * SI_to_Conc reference values leave the first sample out (steady state not yet reached): 1.
   */
  readonly baselineStart?: number;
  /** Flip angle α (degrees). */
  readonly flipAngleDeg: number;
  /** Repetition time TR (ms). */
  readonly trMs: number;
  /** Pre-contrast T1 (T10, ms). */
  readonly t10Ms: number;
  /** Longitudinal relaxivity r1 (/mM/s). Default 4.5. */
  readonly r1PerMmS?: number;
  /** Output buffer (mM), length ≥ signal. */
  readonly out?: Float64Array;
}

/**
 * Signal → contrast-agent concentration for a spoiled gradient echo (SPGR) series, T2* neglected
 * (OSIPI CAPLEX: "SPGR" signal model M.SM2.002, "linear relaxivity" M.EL1.003):
 *   S0 = mean of the baseline samples; E10 = exp(−TR/T10);
 *   M0 = S0 (1 − cos α E10) / (sin α (1 − E10));
 *   S(t) = M0 sin α (1 − E1)/(1 − cos α E1), E1 = exp(−TR R1)  ⇒  E1 = (1 − y)/(1 − y cos α), y = S/(M0 sin α);
 *   C(t) = (R1(t) − 1/T10)/r1  (mM; R1 in /s, r1 in /mM/s).
 * M0 comes from the dynamic series' own baseline (never a VFA M0: the receiver gains differ).
 * Returns null when S0 ≤ 0 or some sample has no real R1 (y ≥ 1: E1 ≤ 0): such a voxel is not fitted.
 */
export function convertSignalToConcentration(signal: ArrayLike<number>, options: ConvertSignalToConcentrationOptions): Float64Array | null {
  const n = signal.length;
  const nb = Math.max(1, Math.min(n, Math.floor(options.baselineCount)));
  const first = Math.min(nb - 1, Math.max(0, Math.floor(options.baselineStart ?? 0)));
  let s0 = 0;
  for (let q = first; q < nb; q++) s0 += signal[q];
  s0 /= nb - first;
  if (!(s0 > 0)) return null;
  const tr = options.trMs / 1000, t10 = options.t10Ms / 1000, r1 = options.r1PerMmS ?? 4.5;
  const a = (options.flipAngleDeg * Math.PI) / 180;
  const cosA = Math.cos(a);
  const e10 = Math.exp(-tr / t10);
  const m0SinA = (s0 * (1 - cosA * e10)) / (1 - e10);
  const out = options.out ?? new Float64Array(n);
  const inv = 1 / m0SinA, scale = -1 / (tr * r1), offset = 1 / (t10 * r1);
  // y = S/(M0 sin α) < 1 always gives E1 = (1 − y)/(1 − y cos α) > 0; 1 ≤ y ≤ 1/cos α gives E1 ≤ 0 (no
  // real R1); y > 1/cos α gives E1 > 1 (a real, negative R1).
  const a1 = 1 - cosA, a2 = 1 + cosA, yMax = 1 / cosA;
  for (let q = 0; q < n; q++) {
    const y = signal[q] * inv;
    if (y >= 1 && y <= yMax) return null;
    // ln E1 = 2 atanh(z), z = (E1 − 1)/(E1 + 1) = −y (1 − cos α)/(2 − y (1 + cos α)); series to z¹⁵ for
    // |z| < 0.11 (error < 1e-16), Math.log beyond: a map converts 10⁸ samples and Math.log was most of it.
    const z = (-y * a1) / (2 - y * a2);
    let lnE1: number;
    if (z > -0.11 && z < 0.11) {
      const z2 = z * z;
      lnE1 = 2 * z * (1 + z2 * (1 / 3 + z2 * (1 / 5 + z2 * (1 / 7 + z2 * (1 / 9 + z2 * (1 / 11 + z2 * (1 / 13 + z2 / 15)))))));
    } else lnE1 = Math.log((1 - y) / (1 - y * cosA));
    out[q] = lnE1 * scale - offset;
  }
  return out;
}
