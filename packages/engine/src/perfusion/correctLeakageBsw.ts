export interface LeakageCorrection {
  /** ΔR2* with the leakage term removed (/s). */
  readonly corrected: Float64Array;
  /** Scaling of the reference curve (unit 1). */
  readonly k1: number;
  /** Leakage (permeability) term (/s): > 0 for T1-dominant leakage, < 0 for T2*-dominant. */
  readonly k2PerS: number;
}

/**
 * Boxerman–Schmainda–Weisskoff leakage correction (Boxerman et al. 2006, AJNR 27:859): the tissue
 * ΔR2* is modelled as ΔR2*(t) = K1 ΔR2*ref(t) − K2 ∫0^t ΔR2*ref, with ref the mean curve of
 * non-enhancing tissue (whole-brain average without enhancing voxels); K1, K2 by linear least squares
 * over all samples; corrected ΔR2*(t) = ΔR2*(t) + K2 ∫0^t ΔR2*ref (trapezoids, t in s). rCBV is then
 * the integral of the corrected curve.
 */
export function correctLeakageBsw(tissue: ArrayLike<number>, reference: ArrayLike<number>, timesS: ArrayLike<number>): LeakageCorrection {
  const n = tissue.length;
  const integral = new Float64Array(n);
  for (let q = 1; q < n; q++) integral[q] = integral[q - 1] + 0.5 * (timesS[q] - timesS[q - 1]) * (reference[q] + reference[q - 1]);
  let rr = 0, ri = 0, ii = 0, ry = 0, iy = 0;
  for (let q = 0; q < n; q++) {
    const r = reference[q], i = -integral[q], y = tissue[q];
    rr += r * r;
    ri += r * i;
    ii += i * i;
    ry += r * y;
    iy += i * y;
  }
  const det = rr * ii - ri * ri;
  const k1 = det > 0 ? (ry * ii - iy * ri) / det : rr > 0 ? ry / rr : 0;
  const k2 = det > 0 ? (iy * rr - ry * ri) / det : 0;
  const corrected = Float64Array.from(tissue, (y, q) => y + k2 * integral[q]);
  return { corrected, k1, k2PerS: k2 };
}
