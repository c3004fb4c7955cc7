import type { KineticBasis } from './kineticBasis';
import type { KineticFit } from './kineticFit';
import { KINETIC_BOUNDS } from './kineticFit';

export interface FitToftsLinearOptions {
  /** Extended Tofts (adds vp). Default false. */
  readonly extended?: boolean;
  /** Buffers (length = samples) for the model convolution of the residual, reused between calls. */
  readonly buffers?: { readonly f: Float64Array; readonly df: Float64Array };
  /** Leave residualMm NaN (saves one convolution when only the parameters are wanted). */
  readonly skipResidual?: boolean;
}

const [K_LO, K_HI] = KINETIC_BOUNDS.ktransPerMin;
const [VE_LO, VE_HI] = KINETIC_BOUNDS.ve;
const [VP_LO, VP_HI] = KINETIC_BOUNDS.vp;

/**
 * Linearised (extended) Tofts fit of Murase 2004 (MRM 51:858): integrating the model's differential
 * form gives Ct(t) = Ktrans ∫Cp − kep ∫Ct (+ vp Cp + kep vp ∫Cp for extended Tofts), which is linear
 * in (Ktrans + kep vp, kep, vp); one least-squares solve (Cholesky of the 2×2/3×3 normal equations)
 * over all samples, ∫Ct by the trapezoidal rule from the first sample. Fast and start-free but
 * biased by noise in ∫Ct: the preview ("linear") method and the start of the maps' nonlinear fit.
 * Parameters are clamped into the bounds (Ktrans [0, 5], ve [0.001, 1], vp [0, 1]); residualMm is
 * the RMS of the (nonlinear) model with those parameters, evaluated exactly through the basis.
 */
export function fitToftsLinear(conc: ArrayLike<number>, basis: KineticBasis, options: FitToftsLinearOptions = {}): KineticFit {
  const ext = options.extended ?? false;
  const { cp, intCp, timesMin: t } = basis;
  const nt = t.length;
  // Columns u = ∫Cp, v = −∫Ct (trapezoid), w = Cp; the Gram matrix in one pass.
  let uu = 0, uv = 0, uw = 0, vv = 0, vw = 0, ww = 0, uy = 0, vy = 0, wy = 0;
  let intCt = 0;
  for (let n = 0; n < nt; n++) {
    if (n > 0) intCt += 0.5 * (t[n] - t[n - 1]) * (conc[n] + conc[n - 1]);
    const u = intCp[n], v = -intCt, y = conc[n];
    uu += u * u;
    uv += u * v;
    vv += v * v;
    uy += u * y;
    vy += v * y;
    if (ext) {
      const w = cp[n];
      uw += u * w;
      vw += v * w;
      ww += w * w;
      wy += w * y;
    }
  }
  // Cholesky: L11 = √uu, L21 = uv/L11, L22 = √(vv − L21²), L31 = uw/L11, L32 = (vw − L31 L21)/L22, L33 = √(ww − L31² − L32²).
  let x0 = 0, x1 = 0, x2 = 0, solved = false;
  const l11 = Math.sqrt(uu), l21 = uv / l11, d22 = vv - l21 * l21;
  if (uu > 0 && d22 > 1e-14 * vv) {
    const l22 = Math.sqrt(d22);
    const z1 = uy / l11, z2 = (vy - l21 * z1) / l22;
    if (!ext) {
      x1 = z2 / l22;
      x0 = (z1 - l21 * x1) / l11;
      solved = true;
    } else {
      const l31 = uw / l11, l32 = (vw - l31 * l21) / l22, d33 = ww - l31 * l31 - l32 * l32;
      if (d33 > 1e-14 * ww) {
        const l33 = Math.sqrt(d33);
        const z3 = (wy - l31 * z1 - l32 * z2) / l33;
        x2 = z3 / l33;
        x1 = (z2 - l32 * x2) / l22;
        x0 = (z1 - l21 * x1 - l31 * x2) / l11;
        solved = true;
      }
    }
  }
  let kep = solved ? x1 : 0;
  const vp = ext && solved ? Math.min(VP_HI, Math.max(VP_LO, x2)) : 0;
  let ktrans = solved ? Math.min(K_HI, Math.max(K_LO, x0 - (ext ? kep * vp : 0))) : 0;
  const ve = kep > 0 && ktrans > 0 ? Math.min(VE_HI, Math.max(VE_LO, ktrans / kep)) : VE_HI;
  kep = ktrans / ve;
  if (!Number.isFinite(kep)) ktrans = kep = 0;
  let residual = NaN;
  if (!options.skipResidual) {
    const b = options.buffers && options.buffers.f.length === nt ? options.buffers : { f: new Float64Array(nt), df: new Float64Array(nt) };
    const model = b.f;
    basis.convolve(kep, model, b.df);
    let sse = 0;
    for (let n = 0; n < nt; n++) sse += (ktrans * model[n] + vp * cp[n] - conc[n]) ** 2;
    residual = Math.sqrt(sse / nt);
  }
  return { model: ext ? 'etofts' : 'tofts', ktransPerMin: ktrans, kepPerMin: kep, ve, vp: ext ? vp : null, residualMm: residual };
}
