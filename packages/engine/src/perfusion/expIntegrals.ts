/**
 * φm(x) = ∫0^1 s^m e^(−x s) ds for m = 0, 1, 2 and x ≥ 0, without cancellation near 0 (series for
 * x < 0.5, closed forms above). They are the weights of an exact convolution of a piecewise-linear
 * curve with e^(−k t): over a step of length Δ, x = kΔ. Writes [e^(−x), φ0, φ1, φ2] into `out`.
 */
export function computeExpIntegrals(x: number, out: Float64Array): Float64Array {
  if (x < 0.5) {
    // Σj (−x)^j / (j! (m + j + 1)); |term| ≤ 0.5^j/j!: 16 terms reach 1e-17.
    let p0 = 0, p1 = 0, p2 = 0, term = 1;
    for (let j = 0; j < 16; j++) {
      p0 += term / (j + 1);
      p1 += term / (j + 2);
      p2 += term / (j + 3);
      term *= -x / (j + 1);
    }
    out[0] = Math.exp(-x);
    out[1] = p0;
    out[2] = p1;
    out[3] = p2;
    return out;
  }
  const e = Math.exp(-x);
  out[0] = e;
  out[1] = -Math.expm1(-x) / x;
  out[2] = (1 - e * (1 + x)) / (x * x);
  out[3] = (2 - e * (2 + 2 * x + x * x)) / (x * x * x);
  return out;
}
