import type { FeatureValues } from '../catalogue/featureValues';
import { finiteOrNull } from '../catalogue/featureValues';
import { describeDistribution } from '../intensity_statistics/describeDistribution';

/**
 * IBSI intensity-histogram features (ZVCW) of discretised intensities 1…ng (unitless grey levels):
 * the statistics of `describeDistribution` on the levels, plus AMMC mode (highest count; ties →
 * the bin closest to the mean, then the lower one), TLU2 entropy (log2), BJ5W uniformity, and the
 * histogram gradient over the non-sparse histogram H_1…H_ng (H'_1 = H_2 − H_1, H'_i = (H_{i+1} −
 * H_{i−1})/2, H'_ng = H_ng − H_{ng−1}): 12CE max, 8E6O its level, VQB3 min, RHQZ its level (first
 * level on ties; null with a single level).
 */
export function computeIntensityHistogramFeatures(levels: ArrayLike<number>, ng: number): FeatureValues {
  const s = describeDistribution(levels);
  const n = levels.length;
  const h = new Float64Array(ng + 2);
  for (let q = 0; q < n; q++) h[levels[q]]++;
  let mode = NaN, best = -1, entropy = 0, uniformity = 0;
  for (let i = 1; i <= ng; i++) {
    if (h[i] > best || (h[i] === best && Math.abs(i - s.mean) < Math.abs(mode - s.mean))) {
      best = h[i];
      mode = i;
    }
    const p = h[i] / n;
    if (p > 0) entropy -= p * Math.log2(p);
    uniformity += p * p;
  }
  let gMax = -Infinity, gMin = Infinity, iMax = NaN, iMin = NaN;
  if (ng >= 2) {
    for (let i = 1; i <= ng; i++) {
      const g = i === 1 ? h[2] - h[1] : i === ng ? h[ng] - h[ng - 1] : (h[i + 1] - h[i - 1]) / 2;
      if (g > gMax) [gMax, iMax] = [g, i];
      if (g < gMin) [gMin, iMin] = [g, i];
    }
  }
  const f = finiteOrNull;
  return {
    X6K6: f(s.mean),
    CH89: f(s.variance),
    '88K1': f(s.skewness),
    C3I7: f(s.kurtosis),
    WIFQ: f(s.median),
    '1PR8': f(s.min),
    GPMT: f(s.p10),
    OZ0C: f(s.p90),
    '3NCY': f(s.max),
    AMMC: n ? mode : null,
    WR0O: f(s.p75 - s.p25),
    '5Z3W': f(s.max - s.min),
    D2ZX: f(s.meanAbsoluteDeviation),
    WRZB: f(s.robustMeanAbsoluteDeviation),
    '4RNL': f(s.medianAbsoluteDeviation),
    CWYJ: f(Math.sqrt(s.variance) / s.mean),
    SLWD: f((s.p75 - s.p25) / (s.p75 + s.p25)),
    TLU2: n ? entropy : null,
    BJ5W: n ? uniformity : null,
    '12CE': f(gMax),
    '8E6O': f(iMax),
    VQB3: f(gMin),
    RHQZ: f(iMin),
  };
}
