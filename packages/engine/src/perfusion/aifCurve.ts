/**
 * An arterial input function as plasma concentration Cp (mM) that is linear between nodes
 * (t in min, non-decreasing). Two nodes at the same time encode a jump (e.g. a population AIF that
 * starts at the bolus arrival with a non-zero value). Before the first node Cp is undefined:
 * every integral starts at the first node. After the last node Cp keeps its last value.
 */
export interface AifCurve {
  readonly timesMin: Float64Array;
  readonly plasmaMm: Float64Array;
}

/** Cp (mM) at time t (min): linear between nodes, right-continuous at a jump, 0 before the first node. */
export function sampleAifAt(aif: AifCurve, tMin: number): number {
  const t = aif.timesMin, c = aif.plasmaMm, n = t.length;
  if (n === 0 || tMin < t[0]) return 0;
  if (tMin >= t[n - 1]) return c[n - 1];
  // Binary search for the last node with t <= tMin (the right value of a jump).
  let lo = 0, hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t[mid] <= tMin) lo = mid;
    else hi = mid;
  }
  const dt = t[hi] - t[lo];
  return dt > 0 ? c[lo] + ((c[hi] - c[lo]) * (tMin - t[lo])) / dt : c[hi];
}
