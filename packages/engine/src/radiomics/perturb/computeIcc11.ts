/**
 * ICC(1,1) of Shrout & Fleiss (1979), McGraw & Wong's one-way random-effects, absolute-agreement,
 * single-measurement ICC — the form Zwanenburg et al. 2019 (Sci Rep 9:614) use for perturbation
 * robustness: rows = subjects (n ROIs), columns = measurements (k computations under perturbations).
 * ICC = (MSB − MSW) / (MSB + (k − 1)·MSW), MSB = k·Σᵢ(x̄ᵢ − x̄)²/(n − 1), MSW = ΣᵢΣⱼ(xᵢⱼ − x̄ᵢ)²/(n(k − 1)).
 * null when n < 2 or k < 2 (no between- or within-subject degrees of freedom), the rows differ in
 * length, or the denominator is 0 (every value equal).
 */
export function computeIcc11(rows: readonly (readonly number[])[]): number | null {
  const n = rows.length;
  if (n < 2) return null;
  const k = rows[0].length;
  if (k < 2 || rows.some((r) => r.length !== k)) return null;
  const means = rows.map((r) => r.reduce((s, v) => s + v, 0) / k);
  const grand = means.reduce((s, v) => s + v, 0) / n;
  let ssb = 0, ssw = 0;
  rows.forEach((r, i) => {
    ssb += k * (means[i] - grand) ** 2;
    for (const v of r) ssw += (v - means[i]) ** 2;
  });
  const msb = ssb / (n - 1), msw = ssw / (n * (k - 1));
  const den = msb + (k - 1) * msw;
  return den > 0 ? (msb - msw) / den : null;
}
