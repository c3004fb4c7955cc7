export interface SearchPatternOptions {
  /** Initial step of each parameter (in that parameter's unit). */
  readonly steps: ArrayLike<number>;
  /** Stop once the steps have been halved down to this fraction of `steps`. Default 1/8. */
  readonly minScale?: number;
  /** Hard cap on objective evaluations. Default 2000. */
  readonly maxEvaluations?: number;
  /**
   * At the end, fit a parabola through f(x − h), f(x), f(x + h) on each axis (already evaluated by
   * the last sweep) and try the combined vertex: sub-step accuracy for at most one more evaluation.
   * Default true.
   */
  readonly parabolic?: boolean;
}

export interface SearchPatternResult {
  /** Objective at the returned `x`. */
  readonly value: number;
  readonly evaluations: number;
  /** Sweeps over all parameters (the "iterations"). */
  readonly sweeps: number;
}

/**
 * Maximise `objective` by compass (pattern) search: each sweep tries ±step on every parameter in
 * turn, keeps any improvement and keeps stepping that way while it improves; a sweep without
 * improvement halves all steps. Derivative-free and monotone (never accepts a worse point), which
 * suits a metric sampled on a coarse grid whose gradient is noisy. `x` is the start and is
 * updated in place (no allocation per evaluation; the objective must not keep `x`).
 */
export function searchPattern(objective: (x: Float64Array) => number, x: Float64Array, options: SearchPatternOptions): SearchPatternResult {
  const np = x.length;
  const minScale = options.minScale ?? 1 / 8;
  const maxEval = options.maxEvaluations ?? 2000;
  const plus = new Float64Array(np), minus = new Float64Array(np);
  let best = objective(x);
  let evaluations = 1, sweeps = 0, scale = 1;
  const step = (p: number) => options.steps[p] * scale;
  while (scale >= minScale && evaluations < maxEval) {
    sweeps++;
    let improved = false;
    for (let p = 0; p < np && evaluations < maxEval; p++) {
      for (let side = 0; side < 2; side++) {
        const dir = side === 0 ? 1 : -1;
        const x0 = x[p];
        x[p] = x0 + dir * step(p);
        let v = objective(x);
        evaluations++;
        if (dir > 0) plus[p] = v;
        else minus[p] = v;
        if (!(v > best)) {
          x[p] = x0;
          continue;
        }
        // Keep going while it improves (long moves at the coarse level cost one evaluation per step).
        best = v;
        improved = true;
        while (evaluations < maxEval) {
          const x1 = x[p];
          x[p] = x1 + dir * step(p);
          v = objective(x);
          evaluations++;
          if (v > best) best = v;
          else {
            x[p] = x1;
            break;
          }
        }
        break;
      }
    }
    if (improved) continue;
    if (scale / 2 < minScale && options.parabolic !== false) {
      // Last sweep: x unchanged, plus/minus bracket it on every axis.
      const x0 = Float64Array.from(x);
      let moved = false;
      for (let p = 0; p < np; p++) {
        const curv = plus[p] - 2 * best + minus[p];
        if (!(curv < 0)) continue;
        const delta = (step(p) * (minus[p] - plus[p])) / (2 * curv); // vertex of the parabola through the three points
        x[p] += Math.max(-step(p), Math.min(step(p), delta));
        moved = true;
      }
      if (moved) {
        const v = objective(x);
        evaluations++;
        if (v > best) best = v;
        else x.set(x0);
      }
    }
    scale /= 2;
  }
  return { value: best, evaluations, sweeps };
}
