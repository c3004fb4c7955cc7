/**
 * Weinmann et al. 1984 bi-exponential plasma AIF as used by Tofts & Kermode 1991 (MRM 17:357):
 * Cp(t) = D (a1 e^(−m1 t) + a2 e^(−m2 t)), D = 0.1 mmol/kg, a1 = 3.99 kg/L, a2 = 4.78 kg/L,
 * m1 = 0.144 /min, m2 = 0.0111 /min; t in min after the bolus arrival, Cp in mM (plasma: no
 * hematocrit correction). 0 for t < 0.
 */
export const WEINMANN_1984 = { doseMmolPerKg: 0.1, a1KgPerL: 3.99, a2KgPerL: 4.78, m1PerMin: 0.144, m2PerMin: 0.0111 } as const;

export interface ComputeWeinmannAifOptions {
  /** Dose (mmol/kg), default 0.1. */
  readonly doseMmolPerKg?: number;
  readonly out?: Float64Array;
}

/** Plasma concentration (mM) of the Weinmann AIF at each time (min after the bolus arrival). */
export function computeWeinmannAif(timesMin: ArrayLike<number>, options: ComputeWeinmannAifOptions = {}): Float64Array {
  const w = WEINMANN_1984;
  const d = options.doseMmolPerKg ?? w.doseMmolPerKg;
  const out = options.out ?? new Float64Array(timesMin.length);
  for (let q = 0; q < timesMin.length; q++) {
    const t = timesMin[q];
    out[q] = t < 0 ? 0 : d * (w.a1KgPerL * Math.exp(-w.m1PerMin * t) + w.a2KgPerL * Math.exp(-w.m2PerMin * t));
  }
  return out;
}
