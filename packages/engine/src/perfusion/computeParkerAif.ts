/**
 * Parker et al. 2006 population-average blood AIF (MRM 56:993, Table 1), in mM, t in min after
 * the bolus arrival (OSIPI CAPLEX "Parker AIF", M.IC2.001): the sum of two Gaussians (first and
 * recirculation pass) and an exponential modulated by a sigmoid.
 *   Cb(t) = Σn An/(σn √(2π)) exp(−(t − Tn)²/(2σn²)) + α exp(−β t)/(1 + exp(−s (t − τ)))
 * Values are whole-blood concentrations; plasma is Cb/(1 − Hct).
 */
export const PARKER_2006 = {
  a1MmMin: 0.809, a2MmMin: 0.330, t1Min: 0.17046, t2Min: 0.365, sigma1Min: 0.0563, sigma2Min: 0.132,
  alphaMm: 1.050, betaPerMin: 0.1685, sPerMin: 38.078, tauMin: 0.483,
} as const;

export interface ComputeParkerAifOptions {
  /** Output buffer (length ≥ times), reused between calls. */
  readonly out?: Float64Array;
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Blood concentration Cb (mM) of the Parker AIF at each time (min after the bolus arrival; any t, also < 0). */
export function computeParkerAif(timesMin: ArrayLike<number>, options: ComputeParkerAifOptions = {}): Float64Array {
  const p = PARKER_2006;
  const out = options.out ?? new Float64Array(timesMin.length);
  for (let q = 0; q < timesMin.length; q++) {
    const t = timesMin[q];
    const g1 = (p.a1MmMin / (p.sigma1Min * SQRT_2PI)) * Math.exp(-((t - p.t1Min) ** 2) / (2 * p.sigma1Min ** 2));
    const g2 = (p.a2MmMin / (p.sigma2Min * SQRT_2PI)) * Math.exp(-((t - p.t2Min) ** 2) / (2 * p.sigma2Min ** 2));
    out[q] = g1 + g2 + (p.alphaMm * Math.exp(-p.betaPerMin * t)) / (1 + Math.exp(-p.sPerMin * (t - p.tauMin)));
  }
  return out;
}
