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
 * (min, ascending), exactly for the piecewise-linear Cp of `aif` (to ~1e-12): over a step of length Δ from c0 to
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
  // State: [F, ∂F/∂k, last step length, e^(−kΔ), φ0, φ1, φ2].
  const st = new Float64Array(7);
  st[2] = -1;
  const withDerivative = dOut !== undefined;
  let tau = na ? at[0] : 0, cTau = na ? ac[0] : 0;
  let j = 1;
  for (let n = 0; n < nt; n++) {
    const target = timesMin[n];
    if (na === 0 || target < at[0]) {
      out[n] = 0;
      if (dOut) dOut[n] = 0;
      continue;
    }
    while (j < na && at[j] <= target) {
      advance(st, at[j] - tau, cTau, ac[j], kPerMin, withDerivative);
      tau = at[j];
      cTau = ac[j];
      j++;
    }
    if (target > tau) {
      // Partial step along the current segment (or the held last value past the last node).
      const c = j < na ? ac[j - 1] + ((ac[j] - ac[j - 1]) * (target - at[j - 1])) / (at[j] - at[j - 1]) : ac[na - 1];
      advance(st, target - tau, cTau, c, kPerMin, withDerivative);
      tau = target;
      cTau = c;
    }
    out[n] = st[0];
    if (dOut) dOut[n] = st[1];
  }
  return out;
}

/** One exact step of length dt from c0 to c1 (see convolveAif); reuses the weights of an equal step. */
function advance(st: Float64Array, dt: number, c0: number, c1: number, k: number, withDerivative: boolean): void {
  if (dt <= 0) return;
  // Grid steps differ in the last bits (t_j − t_(j−1) of floats): reuse the weights when equal to 1e-12.
  if (Math.abs(dt - st[2]) > 1e-12 * dt) {
    computeExpIntegrals(k * dt, WEIGHTS);
    st[2] = dt;
    st[3] = WEIGHTS[0];
    st[4] = WEIGHTS[1];
    st[5] = WEIGHTS[2];
    st[6] = WEIGHTS[3];
  }
  const e = st[3], dc = c1 - c0, f = st[0];
  if (withDerivative) st[1] = e * st[1] - dt * e * f + dt * dt * (dc * st[6] - c1 * st[5]);
  st[0] = e * f + dt * (c1 * st[4] - dc * st[5]);
}

const WEIGHTS = new Float64Array(4);
