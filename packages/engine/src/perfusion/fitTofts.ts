import { fitToftsLinear } from './fitToftsLinear';
import type { KineticBasis } from './kineticBasis';
import type { KineticFit } from './kineticFit';
import { KINETIC_BOUNDS } from './kineticFit';
import { solveBoxLeastSquares2 } from './solveBoxLeastSquares2';

/** Scratch of one curve length, reused across the voxels of a map (createToftsWorkspace). */
export interface ToftsWorkspace {
  readonly samples: number;
  readonly f: Float64Array;
  readonly df: Float64Array;
  /** [Ktrans, vp, sse] of the last bounded linear solve. */
  readonly box: Float64Array;
  readonly cur: Projected;
  readonly trial: Projected;
  /** Σ C², Σ Cp², Σ Cp·C of the curve being fitted. */
  syy: number;
  scc: number;
  scy: number;
  /** kep whose F and ∂F/∂kep are in f, df. */
  convolvedKep: number;
}

export function createToftsWorkspace(samples: number): ToftsWorkspace {
  const state = (): Projected => ({ kep: 0, ktrans: 0, vp: 0, sse: Infinity, grad: 0, curv: 0 });
  return {
    samples, f: new Float64Array(samples), df: new Float64Array(samples), box: new Float64Array(3),
    cur: state(), trial: state(), syy: 0, scc: 0, scy: 0, convolvedKep: NaN,
  };
}

export interface FitToftsOptions {
  /** Extended Tofts (adds vp Cp). Default false. */
  readonly extended?: boolean;
  /**
   * Start of the kep search: 'grid' (default) evaluates a log-spaced kep grid (0.01–150 /min) and
   * starts from its best point — robust, for single curves; 'linear' starts from Murase's linear fit
   * (one solve, for maps) and falls back to the grid when that gives no positive kep.
   */
  readonly start?: 'grid' | 'linear';
  /** Default 100. */
  readonly maxIterations?: number;
  readonly workspace?: ToftsWorkspace;
}

const KEP_GRID = Array.from({ length: 16 }, (_, j) => 0.01 * 1.9 ** j);
const [K_LO, K_HI] = KINETIC_BOUNDS.ktransPerMin;
const [VE_LO, VE_HI] = KINETIC_BOUNDS.ve;
const [VP_LO, VP_HI] = KINETIC_BOUNDS.vp;
const KEP_MIN = 1e-6, KEP_MAX = K_HI / VE_LO;

/** State of one evaluation of the projected problem at a given kep. */
export interface Projected {
  kep: number;
  ktrans: number;
  vp: number;
  sse: number;
  /** dφ/dkep and the Gauss–Newton curvature of φ(kep). */
  grad: number;
  curv: number;
}

/**
 * Tofts (Tofts & Kermode 1991; OSIPI CAPLEX M.IC1.005) or extended Tofts (M.IC1.006) fit:
 *   Ct(t) = Ktrans ∫ Cp(s) e^(−kep (t − s)) ds  (+ vp Cp(t)),  ve = Ktrans/kep, t in min,
 * unweighted least squares over all samples with Ktrans ∈ [0, 5] /min, ve ∈ [0.001, 1], vp ∈ [0, 1].
 * The convolution is exact for the basis' piecewise-linear AIF.
 *
 * Solver: Levenberg–Marquardt on the variable-projection functional (Golub & Pereyra 1973): the
 * model is linear in Ktrans and vp, so for a given kep they are solved exactly within their bounds
 * (Ktrans ∈ [max(0, 0.001 kep), min(5, kep)] is exactly the ve bound), leaving a one-parameter
 * problem φ(kep) = min ‖model − C‖². LM steps in ln kep use the gradient and Kaufman's
 * Gauss–Newton curvature (the kep-derivative projected off the free linear columns). This is the
 * same least-squares minimum as a 2/3-parameter LM, with fewer evaluations and no dependence on a
 * user start. `conc` in mM at the basis' times.
 */
export function fitTofts(conc: ArrayLike<number>, basis: KineticBasis, options: FitToftsOptions = {}): KineticFit {
  const ext = options.extended ?? false;
  const nt = basis.timesMin.length;
  const ws = options.workspace && options.workspace.samples === nt ? options.workspace : createToftsWorkspace(nt);
  const { f, df } = ws;
  const cp = basis.cp;
  let syy = 0, scc = 0, scy = 0;
  for (let n = 0; n < nt; n++) {
    const y = conc[n];
    syy += y * y;
    if (ext) {
      scc += cp[n] * cp[n];
      scy += cp[n] * y;
    }
  }

  ws.syy = syy;
  ws.scc = scc;
  ws.scy = scy;
  const { cur, trial } = ws;
  cur.sse = trial.sse = Infinity;
  let kep0 = NaN;
  if (options.start === 'linear') {
    const lin = fitToftsLinear(conc, basis, { extended: ext, skipResidual: true });
    if (lin.kepPerMin !== null && lin.kepPerMin > 0 && lin.ktransPerMin > 0) kep0 = lin.kepPerMin;
  }
  if (!(kep0 > 0)) {
    let best = Infinity;
    for (const kep of KEP_GRID) {
      project(basis, conc, ws, ext, kep, trial, false);
      if (trial.sse < best) {
        best = trial.sse;
        kep0 = kep;
      }
    }
  }
  project(basis, conc, ws, ext, Math.min(KEP_MAX, Math.max(KEP_MIN, kep0)), cur, true);
  let lambda = 1e-3;
  const maxIter = options.maxIterations ?? 100;
  for (let it = 0; it < maxIter && cur.sse > 0; it++) {
    // In x = ln kep: φ' = kep·dφ/dkep, curvature kep²·(GN curvature).
    const gx = cur.kep * cur.grad, hx = cur.kep * cur.kep * cur.curv;
    if (gx === 0 || !(hx > 0)) break;
    let accepted = false, done = false;
    while (!accepted) {
      const dx = -gx / (hx * (1 + lambda));
      const kNew = Math.min(KEP_MAX, Math.max(KEP_MIN, cur.kep * Math.exp(Math.max(-20, Math.min(20, dx)))));
      if (Math.abs(kNew - cur.kep) <= 1e-10 * cur.kep) {
        done = true;
        break;
      }
      project(basis, conc, ws, ext, kNew, trial, true);
      if (trial.sse < cur.sse) {
        const decrease = (cur.sse - trial.sse) / cur.sse;
        copyProjected(trial, cur);
        lambda = Math.max(lambda / 10, 1e-12);
        accepted = true;
        if (decrease < 1e-12 || Math.abs(dx) < 1e-7) done = true;
      } else {
        lambda *= 10;
        if (lambda > 1e10) {
          done = true;
          break;
        }
      }
    }
    if (done) break;
  }
  // The residual directly from the final model (the Gram form cancels badly near exact fits).
  if (ws.convolvedKep !== cur.kep) basis.convolve(cur.kep, f, df);
  let sse = 0;
  for (let n = 0; n < nt; n++) {
    const r = cur.ktrans * f[n] + (ext ? cur.vp * cp[n] : 0) - conc[n];
    sse += r * r;
  }
  // Ktrans ≥ 0.001·kep > 0 by construction, so ve is always defined.
  return {
    model: ext ? 'etofts' : 'tofts',
    ktransPerMin: cur.ktrans,
    kepPerMin: cur.kep,
    ve: Math.min(VE_HI, Math.max(VE_LO, cur.ktrans / cur.kep)),
    vp: ext ? cur.vp : null,
    residualMm: Math.sqrt(sse / nt),
  };
}

/**
 * φ at one kep: Ktrans (and vp) by bounded linear least squares, the sum of squares, and (with
 * withGradient) dφ/dkep and its Gauss–Newton curvature. Writes into s.
 */
function project(basis: KineticBasis, conc: ArrayLike<number>, ws: ToftsWorkspace, ext: boolean, kep: number, s: Projected, withGradient: boolean): Projected {
  const { f, df, box } = ws, cp = basis.cp, nt = f.length;
  const { syy, scc, scy } = ws;
  basis.convolve(kep, f, df);
  ws.convolvedKep = kep;
  let sff = 0, sfy = 0, sfc = 0, sdd = 0, sfd = 0, scd = 0, syd = 0;
  for (let n = 0; n < nt; n++) {
    const fn = f[n], dn = df[n], y = conc[n];
    sff += fn * fn;
    sfy += fn * y;
    sdd += dn * dn;
    sfd += fn * dn;
    syd += y * dn;
    if (ext) {
      sfc += fn * cp[n];
      scd += cp[n] * dn;
    }
  }
  const kLo = Math.max(K_LO, VE_LO * kep), kHi = Math.min(K_HI, VE_HI * kep);
  let k: number, vp = 0, sse: number;
  if (ext) {
    solveBoxLeastSquares2(sff, sfc, scc, sfy, scy, syy, kLo, kHi, VP_LO, VP_HI, box);
    k = box[0];
    vp = box[1];
    sse = box[2];
  } else {
    k = sff > 0 ? sfy / sff : 0;
    k = k < kLo ? kLo : k > kHi ? kHi : k;
    sse = Math.max(0, syy - 2 * k * sfy + k * k * sff);
  }
  s.kep = kep;
  s.ktrans = k;
  s.vp = vp;
  s.sse = sse;
  if (!withGradient) return s;
  // Total derivative of the model in kep: Ktrans ∂F/∂kep, plus F·dKtrans/dkep when Ktrans sits on
  // a ve bound (Ktrans = ve_bound · kep).
  const kappa = k === kHi && kHi === VE_HI * kep && kHi < K_HI ? VE_HI : k === kLo && kLo === VE_LO * kep && kLo > K_LO ? VE_LO : 0;
  const kFree = kappa === 0 && k > kLo && k < kHi;
  const vpFree = ext && vp > VP_LO && vp < VP_HI;
  const rg = k * (k * sfd + vp * scd - syd) + kappa * (k * sff + vp * sfc - sfy);
  s.grad = 2 * rg;
  let gg = k * k * sdd + 2 * k * kappa * sfd + kappa * kappa * sff;
  const fg = k * sfd + kappa * sff, cg = k * scd + kappa * sfc;
  // Project the derivative off the free linear columns (Kaufman).
  if (kFree && vpFree) {
    const det = sff * scc - sfc * sfc;
    if (det > 0) gg -= (fg * fg * scc - 2 * fg * cg * sfc + cg * cg * sff) / det;
  } else if (kFree) {
    if (sff > 0) gg -= (fg * fg) / sff;
  } else if (vpFree) {
    if (scc > 0) gg -= (cg * cg) / scc;
  }
  s.curv = 2 * Math.max(gg, 0);
  return s;
}

function copyProjected(from: Projected, to: Projected): void {
  to.kep = from.kep;
  to.ktrans = from.ktrans;
  to.vp = from.vp;
  to.sse = from.sse;
  to.grad = from.grad;
  to.curv = from.curv;
}
