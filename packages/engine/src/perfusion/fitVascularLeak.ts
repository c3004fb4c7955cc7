import { convolveAif } from './convolveAif';
import { solveBoxLeastSquares2 } from './solveBoxLeastSquares2';

/** Vascular transit times tried (s): 0 (the vascular term V·Ca(t) of Patlak), then log-spaced from TAU_MIN_S to TAU_MAX_S. */
const TAU_MIN_S = 0.5, TAU_MAX_S = 40, TAU_COUNT = 96;
const tauOf = (j: number) => (j <= 0 ? 0 : TAU_MIN_S * (TAU_MAX_S / TAU_MIN_S) ** ((j - 1) / (TAU_COUNT - 2)));

/**
 * The arterial terms of the vascular-transit + leak model at every transit time tried, shared by all
 * voxels of a job: V_τ(t) = (1/τ) ∫0^t Ca(s) e^(−(t−s)/τ) ds (a unit-area transit, so its coefficient
 * is the blood volume fraction; V_0 = Ca) and L(t) = ∫0^t Ca (enhancement·s), with their Gram entries.
 */
export interface VascularLeakBasis {
  readonly tauS: Float64Array;
  /** V_τ for τ = tauS[j] (tauS[0] = 0), phases of the curve (flat, j-major). */
  readonly vascular: Float64Array;
  /** L(t) at each phase. */
  readonly leak: Float64Array;
  /** Per τ: V·V and V·L. */
  readonly vv: Float64Array;
  readonly vl: Float64Array;
  /** L·L */
  readonly ll: number;
  readonly n: number;
}

/** Fit of one tissue curve (enhancement, same units as the arterial curve). */
export interface VascularLeakFit {
  /** ∫ vascular term dt / ∫ Ca dt: the blood volume fraction (before kH/ρ). */
  readonly vascularFraction: number;
  /** b (/s): the unidirectional leak (Patlak's K). */
  readonly leakPerS: number;
  /** τ (s): the vascular mean transit time. */
  readonly transitS: number;
}

/** Prepares the basis from the arterial enhancement curve at the phase times (s, ascending; linear between phases). */
export function prepareVascularLeakBasis(arterial: ArrayLike<number>, timesS: ArrayLike<number>): VascularLeakBasis {
  const n = timesS.length;
  const timesMin = Float64Array.from({ length: n }, (_, q) => timesS[q] / 60);
  const aif = { timesMin, plasmaMm: Float64Array.from({ length: n }, (_, q) => arterial[q]) };
  const tauS = Float64Array.from({ length: TAU_COUNT }, (_, j) => tauOf(j));
  const vascular = new Float64Array(TAU_COUNT * n), vv = new Float64Array(TAU_COUNT), vl = new Float64Array(TAU_COUNT);
  const leak = convolveAif(aif, 0, timesMin);
  for (let q = 0; q < n; q++) leak[q] *= 60;
  let ll = 0;
  for (let q = 0; q < n; q++) ll += leak[q] * leak[q];
  for (let j = 0; j < TAU_COUNT; j++) {
    const v = j === 0 ? null : convolveAif(aif, 60 / tauS[j], timesMin);
    let sv = 0, sl = 0;
    for (let q = 0; q < n; q++) {
      const x = v ? (v[q] * 60) / tauS[j] : arterial[q];
      vascular[j * n + q] = x;
      sv += x * x;
      sl += x * leak[q];
    }
    vv[j] = sv;
    vl[j] = sl;
  }
  return { tauS, vascular, leak, vv, vl, ll, n };
}

const SOLUTION = new Float64Array(3);
const V = new Float64Array(TAU_COUNT), B = new Float64Array(TAU_COUNT), E = new Float64Array(TAU_COUNT);

/**
 * Blood volume without the leaked contrast: the tissue enhancement fitted as
 * C(t) = (v/τ) ∫Ca(s) e^(−(t−s)/τ) ds + b ∫0^t Ca — a vascular term of volume v with an exponential
 * transit (mean τ; τ = 0 gives Patlak's v·Ca(t)) and an irreversible leak b (Patlak's K): the
 * two-compartment uptake model (Sourbron & Buckley 2013) with Patlak's convention for the leak. For
 * each τ of the basis, (v, b) ≥ 0 by linear least squares; the τ of least error refined by a parabola
 * through its neighbours (in the grid index), v and b interpolated on the same parabola. v is the area
 * of the vascular term over the area of Ca — what the area ratio ∫C/∫Ca gives for an intact barrier,
 * without the leaked b ∫∫Ca. Null when the curve has no enhancement (all terms 0).
 */
export function fitVascularLeak(basis: VascularLeakBasis, tissue: ArrayLike<number>): VascularLeakFit | null {
  const { n, vascular, leak, vv, vl, ll } = basis;
  let lc = 0, cc = 0;
  for (let q = 0; q < n; q++) {
    lc += leak[q] * tissue[q];
    cc += tissue[q] * tissue[q];
  }
  if (!(cc > 0)) return null;
  let best = -1;
  for (let j = 0; j < TAU_COUNT; j++) {
    let vc = 0;
    const o = j * n;
    for (let q = 0; q < n; q++) vc += vascular[o + q] * tissue[q];
    solveBoxLeastSquares2(vv[j], vl[j], ll, vc, lc, cc, 0, Infinity, 0, Infinity, SOLUTION);
    V[j] = SOLUTION[0];
    B[j] = SOLUTION[1];
    E[j] = SOLUTION[2];
    if (best < 0 || E[j] < E[best]) best = j;
  }
  // Parabola through (j−1, j, j+1): vertex offset δ ∈ [−½, ½]; values interpolated on the same parabola.
  let delta = 0;
  if (best > 0 && best < TAU_COUNT - 1) {
    const curvature = E[best - 1] - 2 * E[best] + E[best + 1];
    if (curvature > 0) delta = Math.max(-0.5, Math.min(0.5, (0.5 * (E[best - 1] - E[best + 1])) / curvature));
  }
  const at = (y: Float64Array) => (delta === 0 ? y[best] : y[best] + 0.5 * delta * (y[best + 1] - y[best - 1]) + 0.5 * delta * delta * (y[best + 1] - 2 * y[best] + y[best - 1]));
  const tau = delta < 0 && best === 1 ? tauOf(1) * (1 + delta) : tauOf(best + delta);
  return { vascularFraction: Math.max(0, at(V)), leakPerS: Math.max(0, at(B)), transitS: tau };
}
