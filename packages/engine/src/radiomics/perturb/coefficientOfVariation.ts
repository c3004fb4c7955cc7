/**
 * Coefficient of variation of repeated values of one feature, a fraction: sample SD (÷ n−1) / |mean|.
 * 0 when all values are equal (even all 0); null for fewer than two values, or a zero mean with a
 * non-zero SD (the ratio has no meaning there). As in perturbation and test–retest studies
 * (e.g. Zwanenburg et al. 2019 supplementary; QIBA's within-subject CV).
 */
export function coefficientOfVariation(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  const sd = Math.sqrt(ss / (n - 1));
  // SD below float noise of the mean's magnitude counts as exactly equal values.
  if (sd <= 1e-12 * Math.max(Math.abs(mean), Number.MIN_VALUE)) return 0;
  if (mean === 0) return null;
  return sd / Math.abs(mean);
}
