import type { FeatureValues } from '../catalogue/featureValues';
import { finiteOrNull } from '../catalogue/featureValues';
import { describeDistribution } from './describeDistribution';

/**
 * IBSI intensity-based statistical features (UHIW) of the intensity-mask values, in the series unit
 * (variance in unit², energy in unit², CoV/QCoD/skewness/kurtosis unitless): Q4LE mean, ECT3
 * variance, KE2A skewness, IPH6 excess kurtosis, Y12H median, 1GSF min, QG58 P10, 8DWT P90, 84IY
 * max, SALO IQR, 2OJQ range, 4FUA MAD, 1128 robust MAD, N72L median AD, 7TET CoV, 9S40 QCoD,
 * N8CA energy Σx², 5ZWQ RMS.
 */
export function computeIntensityStatistics(values: ArrayLike<number>): FeatureValues {
  const s = describeDistribution(values);
  const f = finiteOrNull;
  return {
    Q4LE: f(s.mean),
    ECT3: f(s.variance),
    KE2A: f(s.skewness),
    IPH6: f(s.kurtosis),
    Y12H: f(s.median),
    '1GSF': f(s.min),
    QG58: f(s.p10),
    '8DWT': f(s.p90),
    '84IY': f(s.max),
    SALO: f(s.p75 - s.p25),
    '2OJQ': f(s.max - s.min),
    '4FUA': f(s.meanAbsoluteDeviation),
    '1128': f(s.robustMeanAbsoluteDeviation),
    N72L: f(s.medianAbsoluteDeviation),
    '7TET': f(Math.sqrt(s.variance) / s.mean),
    '9S40': f((s.p75 - s.p25) / (s.p75 + s.p25)),
    N8CA: f(s.energy),
    '5ZWQ': f(Math.sqrt(s.energy / s.count)),
  };
}
