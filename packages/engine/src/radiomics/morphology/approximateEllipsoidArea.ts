/**
 * Surface area of an ellipsoid with semi-axes a ≥ b ≥ c (IBSI RDD2): 4πab Σ_{ν=0}^{20}
 * (αβ)^ν/(1 − 4ν²) P_ν((α² + β²)/(2αβ)), α = √(1 − b²/a²), β = √(1 − c²/a²). The terms
 * q_ν = (αβ)^ν P_ν(x) follow from Bonnet's recursion multiplied through by (αβ)^ν, so a sphere
 * (αβ = 0) needs no special case. Unit: that of a². This is IBSI's definition, not the exact
 * area: the truncated series runs low for elongated ellipsoids (3 × 1 × 1: 22.8 vs 30.9).
 */
export function approximateEllipsoidArea(a: number, b: number, c: number): number {
  const alpha = Math.sqrt(Math.max(0, 1 - (b * b) / (a * a)));
  const beta = Math.sqrt(Math.max(0, 1 - (c * c) / (a * a)));
  const ab = alpha * beta, half = (alpha * alpha + beta * beta) / 2;
  let prev = 1, cur = half; // q_0, q_1
  let sum = prev / 1 + cur / (1 - 4);
  for (let nu = 1; nu < 20; nu++) {
    const next = ((2 * nu + 1) * half * cur - nu * ab * ab * prev) / (nu + 1);
    prev = cur;
    cur = next;
    sum += cur / (1 - 4 * (nu + 1) ** 2);
  }
  return 4 * Math.PI * a * b * sum;
}
