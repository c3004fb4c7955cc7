import type { KineticBasis } from './kineticBasis';
import type { KineticFit } from './kineticFit';
import { KINETIC_BOUNDS } from './kineticFit';
import { solveBoxLeastSquares2 } from './solveBoxLeastSquares2';

export interface FitPatlakOptions {
  /** Scratch for the solver result (length 3). */
  readonly scratch?: Float64Array;
}

/**
 * Patlak model (Patlak et al. 1983; OSIPI CAPLEX M.IC1.007): Ct(t) = vp Cp(t) + Ktrans ∫0^t Cp,
 * linear in (vp, Ktrans): unweighted least squares over all samples with the bounds vp ∈ [0, 1],
 * Ktrans ∈ [0, 5] /min (exact box solution). Cp and ∫Cp come exact from the continuous AIF.
 * ve and kep are null (the model has no efflux). `conc` in mM at the basis' times.
 */
export function fitPatlak(conc: ArrayLike<number>, basis: KineticBasis, options: FitPatlakOptions = {}): KineticFit {
  const { cp, intCp } = basis;
  let sxx = 0, sxz = 0, szz = 0, sxy = 0, szy = 0, syy = 0;
  for (let n = 0; n < cp.length; n++) {
    const x = cp[n], z = intCp[n], y = conc[n];
    sxx += x * x;
    sxz += x * z;
    szz += z * z;
    sxy += x * y;
    szy += z * y;
    syy += y * y;
  }
  const [vpLo, vpHi] = KINETIC_BOUNDS.vp, [kLo, kHi] = KINETIC_BOUNDS.ktransPerMin;
  const s = solveBoxLeastSquares2(sxx, sxz, szz, sxy, szy, syy, vpLo, vpHi, kLo, kHi, options.scratch ?? new Float64Array(3));
  // Recompute the residual directly: the Gram form loses precision when the fit is near exact.
  let sse = 0;
  for (let n = 0; n < cp.length; n++) sse += (s[0] * cp[n] + s[1] * intCp[n] - conc[n]) ** 2;
  return { model: 'patlak', ktransPerMin: s[1], kepPerMin: null, ve: null, vp: s[0], residualMm: Math.sqrt(sse / cp.length) };
}
