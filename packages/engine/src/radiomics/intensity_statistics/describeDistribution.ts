import { selectQuantiles } from '../../stats/selectQuantiles';

/** First-order statistics shared by IBSI intensity statistics (UHIW) and the intensity histogram (ZVCW). */
export interface DistributionSummary {
  readonly count: number;
  readonly mean: number;
  /** Population variance (÷N). */
  readonly variance: number;
  /** m3/m2^1.5; 0 when the variance is 0. */
  readonly skewness: number;
  /** Excess kurtosis m4/m2² − 3; 0 when the variance is 0. */
  readonly kurtosis: number;
  readonly min: number;
  readonly p10: number;
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly p90: number;
  readonly max: number;
  /** Mean |x − mean|. */
  readonly meanAbsoluteDeviation: number;
  /** Mean |x − mean₁₀₋₉₀| over the values with P10 ≤ x ≤ P90. */
  readonly robustMeanAbsoluteDeviation: number;
  /** Mean |x − median|. */
  readonly medianAbsoluteDeviation: number;
  /** Σ x². */
  readonly energy: number;
}

/**
 * Summary of a set of values (unit of the values; squared for variance and energy). Percentiles
 * by numpy's default linear interpolation. NaN everywhere for an empty set.
 */
export function describeDistribution(values: ArrayLike<number>): DistributionSummary {
  const n = values.length;
  let sum = 0, mn = Infinity, mx = -Infinity, energy = 0;
  for (let q = 0; q < n; q++) {
    const x = values[q];
    sum += x;
    energy += x * x;
    if (x < mn) mn = x;
    if (x > mx) mx = x;
  }
  const mean = sum / n;
  let m2 = 0, m3 = 0, m4 = 0, mad = 0;
  for (let q = 0; q < n; q++) {
    const d = values[q] - mean, d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
    mad += Math.abs(d);
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  const [p10, p25, median, p75, p90] = selectQuantiles(Float64Array.from(values), [10, 25, 50, 75, 90]);
  let rs = 0, rn = 0, medad = 0;
  for (let q = 0; q < n; q++) {
    const x = values[q];
    medad += Math.abs(x - median);
    if (x >= p10 && x <= p90) {
      rs += x;
      rn++;
    }
  }
  const rmean = rs / rn;
  let rmad = 0;
  for (let q = 0; q < n; q++) {
    const x = values[q];
    if (x >= p10 && x <= p90) rmad += Math.abs(x - rmean);
  }
  return {
    count: n,
    mean,
    variance: m2,
    skewness: n === 0 ? NaN : m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0,
    kurtosis: n === 0 ? NaN : m2 > 0 ? m4 / (m2 * m2) - 3 : 0,
    min: n ? mn : NaN,
    p10,
    p25,
    median,
    p75,
    p90,
    max: n ? mx : NaN,
    meanAbsoluteDeviation: mad / n,
    robustMeanAbsoluteDeviation: rmad / rn,
    medianAbsoluteDeviation: medad / n,
    energy: n ? energy : NaN,
  };
}
