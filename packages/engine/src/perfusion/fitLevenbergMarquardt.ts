import { solveSymmetric } from './solveSymmetric';

/**
 * Fills the residuals r = model(p) − data (length m) and the Jacobian ∂r/∂p (row-major m × n) at p.
 */
export type ResidualFunction = (p: Float64Array, residual: Float64Array, jacobian: Float64Array) => void;

export interface FitLevenbergMarquardtOptions {
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** Default 100. */
  readonly maxIterations?: number;
  /** Stop when an accepted step lowers the sum of squares by less than this fraction. Default 1e-10. */
  readonly relativeTolerance?: number;
  /** Scratch buffers for n parameters and m residuals (createLmWorkspace), reused across many fits. */
  readonly workspace?: LmWorkspace;
}

/** Scratch buffers of one problem size (fitting a map allocates them once, not per voxel). */
export interface LmWorkspace {
  readonly n: number;
  readonly m: number;
  readonly buffers: Float64Array[];
}

export function createLmWorkspace(n: number, m: number): LmWorkspace {
  const sizes = [m, m * n, m, m * n, n * n, n, n * n, n, n, n, n * n];
  return { n, m, buffers: sizes.map((k) => new Float64Array(k)) };
}

export interface LevenbergMarquardtResult {
  /** Parameters at the minimum (the input array, updated in place). */
  readonly p: Float64Array;
  /** Sum of squared residuals at p. */
  readonly sse: number;
  readonly iterations: number;
}

/**
 * Box-bounded Levenberg–Marquardt (Marquardt 1963 with the diagonal scaling λ·diag(JᵀJ)) for
 * small unweighted least-squares problems: the step solves (JᵀJ + λ diag JᵀJ) δ = −Jᵀr on the
 * parameters that are not held at a bound by the gradient (a simple active set), the trial point
 * is projected into the box, and accepted only when the sum of squares falls (λ ÷ 10), else λ × 10.
 * Ends when the relative decrease is below the tolerance, the projected step does not move, λ
 * exceeds 1e12, or after maxIterations. `p` is the start and is overwritten with the result.
 */
export function fitLevenbergMarquardt(f: ResidualFunction, p: Float64Array, m: number, options: FitLevenbergMarquardtOptions): LevenbergMarquardtResult {
  const n = p.length;
  const { lower, upper } = options;
  const maxIter = options.maxIterations ?? 100;
  const tol = options.relativeTolerance ?? 1e-10;
  for (let i = 0; i < n; i++) p[i] = Math.min(upper[i], Math.max(lower[i], p[i]));
  const ws = options.workspace && options.workspace.n === n && options.workspace.m === m ? options.workspace : createLmWorkspace(n, m);
  let [r, jac, rT, jT] = ws.buffers;
  const [, , , , a, g, damped, delta, rhs, trial, chol] = ws.buffers;
  const free: boolean[] = new Array(n).fill(true);
  f(p, r, jac);
  let sse = sumSquares(r);
  let lambda = 1e-3;
  let it = 0;
  for (; it < maxIter && sse > 0; it++) {
    // Normal equations.
    for (let i = 0; i < n; i++) {
      let gi = 0;
      for (let q = 0; q < m; q++) gi += jac[q * n + i] * r[q];
      g[i] = gi;
      for (let j = 0; j <= i; j++) {
        let s = 0;
        for (let q = 0; q < m; q++) s += jac[q * n + i] * jac[q * n + j];
        a[i * n + j] = a[j * n + i] = s;
      }
    }
    let anyFree = false;
    for (let i = 0; i < n; i++) {
      free[i] = !((p[i] <= lower[i] && g[i] > 0) || (p[i] >= upper[i] && g[i] < 0)) && a[i * n + i] > 0;
      anyFree ||= free[i];
    }
    if (!anyFree) break;
    let stalled = false;
    for (;;) {
      damped.set(a);
      for (let i = 0; i < n; i++) damped[i * n + i] += lambda * a[i * n + i];
      for (let i = 0; i < n; i++) rhs[i] = -g[i];
      if (solveSymmetric(n, damped, rhs, delta, free, chol)) {
        let moved = false;
        for (let i = 0; i < n; i++) {
          trial[i] = Math.min(upper[i], Math.max(lower[i], p[i] + delta[i]));
          if (Math.abs(trial[i] - p[i]) > 1e-12 * (Math.abs(p[i]) + 1e-12)) moved = true;
        }
        if (!moved) {
          stalled = true;
          break;
        }
        f(trial, rT, jT);
        const s = sumSquares(rT);
        if (s < sse) {
          const decrease = (sse - s) / sse;
          p.set(trial);
          [r, rT] = [rT, r];
          [jac, jT] = [jT, jac];
          sse = s;
          lambda = Math.max(lambda / 10, 1e-15);
          if (decrease < tol) stalled = true;
          break;
        }
      }
      lambda *= 10;
      if (lambda > 1e12) {
        stalled = true;
        break;
      }
    }
    if (stalled) {
      it++;
      break;
    }
  }
  return { p, sse, iterations: it };
}

function sumSquares(r: Float64Array): number {
  let s = 0;
  for (let q = 0; q < r.length; q++) s += r[q] * r[q];
  return s;
}
