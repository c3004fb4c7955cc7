import { fitLevenbergMarquardt } from './fitLevenbergMarquardt';
import type { KineticBasis } from './kineticBasis';
import type { KineticFit } from './kineticFit';

export interface FitTwoCompartmentExchangeOptions {
  readonly maxIterations?: number;
}

/** Bounds (OSIPI DCEmodels tests): Fp [0, 200] mL/100 mL/min, PS [0, 5] /min, vp [0, 1], ve [0, 1]. */
const LOWER = [1e-3, 1e-6, 1e-4, 1e-3];
const UPPER = [2, 5, 1, 1];

/**
 * Impulse-response rates and weights of the 2CXM for plasma flow Fp (/min), PS (/min), vp, ve:
 * Ct = Fp [A+ F(K+) + A− F(K−)], K± = ½ (b ± √(b² − 4c)), b = PS/ve + (Fp + PS)/vp,
 * c = Fp PS/(vp ve), A+ = (m − K+)/(K− − K+), m = PS/ve + PS/vp (Laplace transform of the two
 * compartment equations; Sourbron & Buckley 2011).
 */
function rates(fp: number, ps: number, vp: number, ve: number): [number, number, number] {
  const b = ps / ve + (fp + ps) / vp, c = (fp * ps) / (vp * ve), m = ps / ve + ps / vp;
  const root = Math.sqrt(Math.max(0, b * b - 4 * c));
  const kp = (b + root) / 2, km = (b - root) / 2;
  const aPlus = kp !== km ? (m - kp) / (km - kp) : 0.5;
  return [kp, km, aPlus];
}

/**
 * Two-compartment exchange model (2CXM; Brix et al. 2004, Sourbron & Buckley 2011; OSIPI CAPLEX
 * M.IC2.001): plasma (vp, flow Fp) exchanging with the EES (ve) through PS. Unweighted least squares
 * by box-bounded Levenberg–Marquardt on (Fp, PS, vp, ve) with central-difference Jacobians, from
 * nine starts (Fp 0.05/0.25/0.6 /min × PS 0.01/0.05/0.2 /min; the 2CXM surface has local minima);
 * the best fit wins. Reports Ktrans = E·Fp with E = PS/(Fp + PS), kep = Ktrans/ve, and
 * fpMlPer100mlMin = 100·Fp, psPerMin. Convolutions are exact for the basis' piecewise-linear AIF.
 */
export function fitTwoCompartmentExchange(conc: ArrayLike<number>, basis: KineticBasis, options: FitTwoCompartmentExchangeOptions = {}): KineticFit {
  const nt = basis.timesMin.length;
  const fPlus = new Float64Array(nt), fMinus = new Float64Array(nt), scratch = new Float64Array(nt);
  const model = (p: ArrayLike<number>, out: Float64Array) => {
    const [kp, km, aPlus] = rates(p[0], p[1], p[2], p[3]);
    basis.convolve(kp, fPlus, scratch);
    basis.convolve(km, fMinus, scratch);
    for (let n = 0; n < nt; n++) out[n] = p[0] * (aPlus * fPlus[n] + (1 - aPlus) * fMinus[n]);
  };
  const base = new Float64Array(nt), plus = new Float64Array(nt), minus = new Float64Array(nt), q = new Float64Array(4);
  const residual = (p: Float64Array, r: Float64Array, jac: Float64Array) => {
    model(p, base);
    for (let n = 0; n < nt; n++) r[n] = base[n] - conc[n];
    for (let i = 0; i < 4; i++) {
      const h = 1e-6 * Math.max(Math.abs(p[i]), 1e-3);
      q.set(p);
      q[i] = p[i] + h;
      model(q, plus);
      q[i] = Math.max(LOWER[i] * 0.5, p[i] - h);
      model(q, minus);
      const span = p[i] + h - q[i];
      for (let n = 0; n < nt; n++) jac[n * 4 + i] = (plus[n] - minus[n]) / span;
    }
  };
  let best: { p: Float64Array; sse: number } | null = null;
  for (const fp of [0.05, 0.25, 0.6])
    for (const ps of [0.01, 0.05, 0.2]) {
      const p = Float64Array.from([fp, ps, 0.05, 0.2]);
      const r = fitLevenbergMarquardt(residual, p, nt, { lower: LOWER, upper: UPPER, maxIterations: options.maxIterations ?? 200 });
      if (!best || r.sse < best.sse) best = { p: Float64Array.from(p), sse: r.sse };
    }
  const [fp, ps, vp, ve] = best!.p;
  const ktrans = (ps * fp) / (ps + fp);
  return { model: '2cxm', ktransPerMin: ktrans, kepPerMin: ktrans / ve, ve, vp, residualMm: Math.sqrt(best!.sse / nt), fpMlPer100mlMin: 100 * fp, psPerMin: ps };
}
