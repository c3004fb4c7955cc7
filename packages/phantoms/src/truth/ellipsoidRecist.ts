import type { Vec3 } from '@caliper/core';
import type { RecistAxes } from './recistTypes';

/**
 * Closed-form RECIST axes of an ellipsoid {p : (p−c)ᵀ A (p−c) ≤ 1}, A = Σ u_i u_iᵀ / a_i², cut by the
 * planes z = sliceZ[k]. In plane z = c_z + t the section is the ellipse (u−u0)ᵀ A2 (u−u0) ≤ s with
 * s = 1 − t² (a33 − bᵀ A2⁻¹ b) (Schur complement), so its diameters are 2√(s/λ) for the eigenvalues
 * λ of the 2×2 block A2. Returns null if no plane cuts the ellipsoid.
 */
export function ellipsoidRecist(centre: Vec3, semiAxes: Vec3, axes: readonly [Vec3, Vec3, Vec3], sliceZ: readonly number[]): RecistAxes | null {
  const A = [0, 1, 2].map((r) => [0, 1, 2].map((c) => axes.reduce((acc, u, i) => acc + (u[r] * u[c]) / semiAxes[i] ** 2, 0)));
  const [a11, a12, a22] = [A[0][0], A[0][1], A[1][1]];
  const [b1, b2, a33] = [A[0][2], A[1][2], A[2][2]];
  const det = a11 * a22 - a12 * a12;
  // A2⁻¹ b
  const w1 = (a22 * b1 - a12 * b2) / det;
  const w2 = (-a12 * b1 + a11 * b2) / det;
  const schur = a33 - (b1 * w1 + b2 * w2);
  let best: { k: number; s: number } | null = null;
  sliceZ.forEach((z, k) => {
    const t = z - centre[2];
    const s = 1 - t * t * schur;
    if (s > 0 && (!best || s > best.s)) best = { k, s };
  });
  if (!best) return null;
  const { k, s } = best as { k: number; s: number };
  const t = sliceZ[k] - centre[2];
  const u0: Vec3 = [centre[0] - t * w1, centre[1] - t * w2, sliceZ[k]];
  const tr = a11 + a22;
  const disc = Math.sqrt(Math.max(0, tr * tr - 4 * det));
  const lMin = (tr - disc) / 2;
  const lMax = (tr + disc) / 2;
  // Eigenvector of lMin: (a12, lMin − a11) or (lMin − a22, a12); pick the better conditioned.
  let e: [number, number] = Math.abs(a12) > 1e-15 ? [a12, lMin - a11] : a11 <= a22 ? [1, 0] : [0, 1];
  const n = Math.hypot(e[0], e[1]);
  e = [e[0] / n, e[1] / n];
  const half = Math.sqrt(s / lMin);
  const halfShort = Math.sqrt(s / lMax);
  const pt = (dx: number, dy: number): Vec3 => [u0[0] + dx, u0[1] + dy, u0[2]];
  return {
    longAxis_mm: 2 * half,
    shortAxis_mm: 2 * halfShort,
    sliceIndex: k,
    sliceZ_mm: sliceZ[k],
    longAxisEndpoints_lps_mm: [pt(-half * e[0], -half * e[1]), pt(half * e[0], half * e[1])],
    shortAxisEndpoints_lps_mm: [pt(halfShort * e[1], -halfShort * e[0]), pt(-halfShort * e[1], halfShort * e[0])],
  };
}
