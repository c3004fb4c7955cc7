import { solveSymmetric } from './solveSymmetric';

export interface DetectBolusOnsetOptions {
  /** Candidate spacing (s). Default: a tenth of the shortest phase interval. */
  readonly stepS?: number;
}

/**
 * Bolus arrival time of an enhancing curve (signal or concentration) by the linear–quadratic
 * model of Cheong et al. 2003 (Phys Med Biol 48:N83): constant before the arrival b, then
 * a + β1 (t − b) + β2 (t − b)² up to the peak; b on a fine grid between the first phase and the
 * peak, (a, β1, β2) by least squares for each b, the b with the smallest residual wins. Needs one
 * sample before b. Returns null when the curve has no rise (peak at the first phase). Times in s.
 */
export function detectBolusOnset(values: ArrayLike<number>, timesS: ArrayLike<number>, options: DetectBolusOnsetOptions = {}): number | null {
  const n = timesS.length;
  let peak = 0;
  for (let q = 1; q < n; q++) if (values[q] > values[peak]) peak = q;
  if (peak === 0) return null;
  let minDt = Infinity;
  for (let q = 1; q < n; q++) minDt = Math.min(minDt, timesS[q] - timesS[q - 1]);
  const step = options.stepS ?? minDt / 10;
  const a = new Float64Array(9), rhs = new Float64Array(3), x = new Float64Array(3);
  let best = Infinity, bestB: number | null = null;
  for (let b = timesS[0] + step; b < timesS[peak]; b += step) {
    a.fill(0);
    rhs.fill(0);
    let after = 0;
    for (let q = 0; q <= peak; q++) {
      const d = timesS[q] > b ? timesS[q] - b : 0;
      if (d > 0) after++;
      const d2 = d * d, y = values[q];
      rhs[0] += y; rhs[1] += d * y; rhs[2] += d2 * y;
      a[0] += 1; a[1] += d; a[2] += d2; a[4] += d2; a[5] += d2 * d; a[8] += d2 * d2;
    }
    a[3] = a[1]; a[6] = a[2]; a[7] = a[5];
    // With fewer than 2 points after b the quadratic term is undetermined: drop it.
    const free = [true, after >= 1, after >= 2];
    if (!solveSymmetric(3, a, rhs, x, free)) continue;
    let sse = 0;
    for (let q = 0; q <= peak; q++) {
      const d = timesS[q] > b ? timesS[q] - b : 0;
      sse += (x[0] + x[1] * d + x[2] * d * d - values[q]) ** 2;
    }
    if (sse < best * (1 - 1e-12)) {
      best = sse;
      bestB = b;
    }
  }
  return bestB;
}
