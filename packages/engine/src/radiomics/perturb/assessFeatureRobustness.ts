import { coefficientOfVariation } from './coefficientOfVariation';
import { computeIcc11 } from './computeIcc11';
import type { FeatureRobustness } from './types';

export interface RobustnessThresholds {
  /** CV above this (fraction) is unstable. */
  readonly cv: number;
  /** ICC below this is unstable. */
  readonly icc: number;
}

/**
 * Robustness of one feature from its values under the k computations: `values` for the ROI, `cohort`
 * for the further subjects (same k, same order). CV over the ROI's values (coefficientOfVariation);
 * ICC(1,1) over the subjects with every value defined (computeIcc11), null if fewer than two such
 * subjects. Unstable when the ROI's value is defined under some computations and undefined under
 * others (IBSI null); otherwise, where the ICC is defined, when it falls below thresholds.icc — the
 * criterion of Zwanenburg et al. 2019, which compares the perturbation spread with the spread between
 * subjects (a volume moves by 10 % under a one-voxel erosion yet tells lesions apart) — and where it is
 * not (one ROI), when the CV exceeds thresholds.cv or is undefined for a zero mean with spread. A
 * feature undefined under every computation is not unstable (it carries no information either way).
 */
export function assessFeatureRobustness(values: readonly (number | null)[], cohort: readonly (readonly (number | null)[])[], thresholds: RobustnessThresholds): FeatureRobustness {
  const defined = values.filter((v): v is number => v !== null);
  const partial = defined.length > 0 && defined.length < values.length;
  const cv = partial ? null : coefficientOfVariation(defined);
  const rows = [values, ...cohort].filter((r) => r.every((v) => v !== null)) as number[][];
  const icc = partial ? null : computeIcc11(rows);
  const zeroMeanSpread = !partial && defined.length >= 2 && cv === null;
  const unstable = partial || (icc !== null ? icc < thresholds.icc : zeroMeanSpread || (cv !== null && cv > thresholds.cv));
  return { cv, icc, unstable, values };
}
