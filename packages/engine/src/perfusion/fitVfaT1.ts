import { fitLevenbergMarquardt } from './fitLevenbergMarquardt';
import type { LmWorkspace } from './fitLevenbergMarquardt';

export interface FitVfaT1Options {
  /** Refine the linear estimate by nonlinear least squares on the signals. Default true. */
  readonly nonlinear?: boolean;
  readonly workspace?: LmWorkspace;
}

export interface VfaT1 {
  /** T1 (ms). */
  readonly t1Ms: number;
  /** Equilibrium signal M0 (signal units, this series' gain). */
  readonly m0: number;
}

/**
 * T1 from variable-flip-angle SPGR signals (OSIPI CAPLEX M.SM2.002; Fram 1987, Deoni 2003 DESPOT1):
 * S(α) = M0 sin α (1 − E1)/(1 − cos α E1), E1 = exp(−TR/T1). The linearisation
 * S/sin α = E1 · S/tan α + M0 (1 − E1) gives the start by least squares; then (by default)
 * Levenberg–Marquardt on the signals themselves (unweighted, in M0 and E1 ∈ (0, 1)) — the
 * linear fit weights noisy low-angle points badly. Returns null when there are fewer than two
 * distinct flip angles or no physical solution (E1 outside (0, 1), M0 ≤ 0).
 */
export function fitVfaT1(signals: ArrayLike<number>, flipAnglesDeg: ArrayLike<number>, trMs: number, options: FitVfaT1Options = {}): VfaT1 | null {
  const n = signals.length;
  if (n < 2 || flipAnglesDeg.length !== n) return null;
  const sinA = new Float64Array(n), cosA = new Float64Array(n);
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let q = 0; q < n; q++) {
    const a = (flipAnglesDeg[q] * Math.PI) / 180;
    sinA[q] = Math.sin(a);
    cosA[q] = Math.cos(a);
    const y = signals[q] / sinA[q], x = (signals[q] * cosA[q]) / sinA[q];
    sx += x; sy += y; sxx += x * x; sxy += x * y;
  }
  const det = n * sxx - sx * sx;
  if (!(Math.abs(det) > 0)) return null;
  let e1 = (n * sxy - sx * sy) / det;
  let m0 = (sy - e1 * sx) / n / (1 - e1);
  if (options.nonlinear ?? true) {
    const p = Float64Array.from([m0 > 0 && Number.isFinite(m0) ? m0 : Math.max(...Array.from(signals)) * 2, e1 > 0 && e1 < 1 ? e1 : 0.99]);
    fitLevenbergMarquardt((pp, r, jac) => {
      const [m, e] = [pp[0], pp[1]];
      for (let q = 0; q < n; q++) {
        const den = 1 - cosA[q] * e;
        const g = (sinA[q] * (1 - e)) / den;
        r[q] = m * g - signals[q];
        jac[2 * q] = g;
        // d/dE1 of sinα (1 − E1)/(1 − cosα E1) = sinα (cosα − 1)/(1 − cosα E1)²
        jac[2 * q + 1] = (m * sinA[q] * (cosA[q] - 1)) / (den * den);
      }
    }, p, n, { lower: [0, 1e-9], upper: [Infinity, 1 - 1e-12], ...(options.workspace ? { workspace: options.workspace } : {}) });
    [m0, e1] = [p[0], p[1]];
  }
  if (!(e1 > 0 && e1 < 1) || !(m0 > 0)) return null;
  return { t1Ms: trMs / -Math.log(e1), m0 };
}
