/**
 * Write least-squares log weights w_b = scale · n_b with small integers n_b, when the b-values
 * allow it (integer b-values: n·(b − b̄) are integers; divided by their gcd). Then
 * Σ w_b ln S_b = scale · ln(Π S_b^{n_b}), one logarithm per voxel instead of one per b-value.
 * Returns null when Σ|n_b| > maxOrder (products could lose range) or b-values are not integers.
 */
export function integerLogWeights(bValues: readonly number[], maxOrder = 24): { n: Int32Array; scale: number } | null {
  const nb = bValues.length;
  if (!bValues.every(Number.isInteger)) return null;
  const sum = bValues.reduce((a, b) => a + b, 0);
  const d = bValues.map((b) => nb * b - sum); // = nb·(b − b̄), integers
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  const g = d.reduce((a, x) => gcd(a, x), 0);
  if (g === 0) return null;
  const n = Int32Array.from(d, (x) => x / g);
  if (n.reduce((a, x) => a + Math.abs(x), 0) > maxOrder) return null;
  // w_b = -(b − b̄)/Sxx · 1000 = -(n_b·g/nb)/Sxx · 1000
  const mean = sum / nb;
  const sxx = bValues.reduce((a, b) => a + (b - mean) ** 2, 0);
  return { n, scale: (-(g / nb) / sxx) * 1000 };
}
