import type { AifCurve } from './aifCurve';
import { computeExpIntegrals } from './expIntegrals';

export interface ConvolveAifOptions {
  /** F(t) at each output time (length ≥ times), reused between calls. */
  readonly out?: Float64Array;
  /** When given, also ∂F/∂k (mM·min²) at each output time. */
  readonly derivative?: Float64Array;
}

/**
 * F(t) = ∫ Cp(s) e^(−k (t − s)) ds from the AIF's first node to t (mM·min), at each output time
 * (min, ascending), exactly for the piecewise-linear Cp of `aif`: over a step of length Δ from c0 to
 * c1, F ← e^(−kΔ) F + Δ (c1 φ0 − (c1 − c0) φ1) with φm = ∫0^1 s^m e^(−kΔ s) ds (and the derivative
 * dF ← e^(−kΔ) dF − Δ e^(−kΔ) F + Δ² ((c1 − c0) φ2 − c1 φ1)). k = 0 gives the plain integral ∫Cp.
 * This is the Tofts convolution Ct = Ktrans·F with k = kep (Tofts & Kermode 1991; OSIPI CAPLEX
 * M.IC1.004); the weights for a repeated step length are reused, so a uniform fine grid costs one
 * exponential. Output times before the first node get 0.
 */
export function convolveAif(aif: AifCurve, kPerMin: number, timesMin: ArrayLike<number>, options: ConvolveAifOptions = {}): Float64Array {
  const nt = timesMin.length;
  const out = options.out ?? new Float64Array(nt);
  const dOut = options.derivative;
  const at = aif.timesMin, ac = aif.plasmaMm, na = at.length;
  const w = new Float64Array(4);
  let lastDt = -1;
  let F = 0, dF = 0;
  let tau = na ? at[0] : 0, cTau = na ? ac[0] : 0;
  let j = 1;
  const step = (dt: number, c1: number): void => {
    if (dt <= 0) return;
    if (dt !== lastDt) {
      computeExpIntegrals(kPerMin * dt, w);
      lastDt = dt;
    }
    const e = w[0], dc = c1 - cTau;
    if (dOut) dF = e * dF - dt * e * F + dt * dt * (dc * w[3] - c1 * w[2]);
    F = e * F + dt * (c1 * w[1] - dc * w[2]);
  };
  for (let n = 0; n < nt; n++) {
    const target = timesMin[n];
    if (na === 0 || target < at[0]) {
      out[n] = 0;
      if (dOut) dOut[n] = 0;
      continue;
    }
    while (j < na && at[j] <= target) {
      step(at[j] - tau, ac[j]);
      tau = at[j];
      cTau = ac[j];
      j++;
    }
    if (target > tau) {
      // Partial step along the current segment (or the held last value past the last node).
      const c = j < na ? ac[j - 1] + ((ac[j] - ac[j - 1]) * (target - at[j - 1])) / (at[j] - at[j - 1]) : ac[na - 1];
      step(target - tau, c);
      tau = target;
      cTau = c;
    }
    out[n] = F;
    if (dOut) dOut[n] = dF;
  }
  return out;
}
