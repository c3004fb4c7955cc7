import type { Mask } from '@caliper/core';

export interface PrincipalAxes {
  /** Eigenvalues of the voxel-centre covariance (mm², sample covariance ÷ N−1), λ_major ≥ λ_minor ≥ λ_least. */
  readonly lambdas: readonly [number, number, number];
  /** Centroid of the voxel centres (grid-aligned mm: x = i·si, y = j·sj, z = k·sk). */
  readonly centroid: readonly [number, number, number];
}

/**
 * PCA of the ROI voxel-centre point set (IBSI TDIC/P9VJ/7J51 axis lengths 4√λ): covariance of the
 * centres in mm, eigenvalues by cyclic Jacobi rotation (exact to rounding for a 3×3 symmetric matrix).
 */
export function computePrincipalAxes(mask: Mask, spacing: readonly [number, number, number]): PrincipalAxes {
  const b = mask.bbox;
  if (!b) return { lambdas: [NaN, NaN, NaN], centroid: [NaN, NaN, NaN] };
  const [ni, nj] = mask.dimensions;
  let n = 0, sx = 0, sy = 0, sz = 0;
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++)
      for (let i = b[0][0]; i <= b[1][0]; i++)
        if (mask.data[(k * nj + j) * ni + i]) {
          n++;
          sx += i;
          sy += j;
          sz += k;
        }
  const mi = sx / n, mj = sy / n, mk = sz / n;
  const c = [0, 0, 0, 0, 0, 0]; // xx yy zz xy xz yz, in voxel units
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++)
      for (let i = b[0][0]; i <= b[1][0]; i++)
        if (mask.data[(k * nj + j) * ni + i]) {
          const x = i - mi, y = j - mj, z = k - mk;
          c[0] += x * x;
          c[1] += y * y;
          c[2] += z * z;
          c[3] += x * y;
          c[4] += x * z;
          c[5] += y * z;
        }
  const [si, sj, sk] = spacing;
  const f = n > 1 ? 1 / (n - 1) : NaN;
  const A = [
    [c[0] * si * si * f, c[3] * si * sj * f, c[4] * si * sk * f],
    [c[3] * si * sj * f, c[1] * sj * sj * f, c[5] * sj * sk * f],
    [c[4] * si * sk * f, c[5] * sj * sk * f, c[2] * sk * sk * f],
  ];
  const l = jacobiEigenvalues(A).sort((x, y) => y - x);
  return { lambdas: [l[0], l[1], l[2]], centroid: [mi * si, mj * sj, mk * sk] };
}

function jacobiEigenvalues(A: number[][]): number[] {
  for (let sweep = 0; sweep < 50; sweep++) {
    const off = A[0][1] ** 2 + A[0][2] ** 2 + A[1][2] ** 2;
    if (!(off > 1e-30 * (A[0][0] ** 2 + A[1][1] ** 2 + A[2][2] ** 2))) break;
    for (const [p, q] of [[0, 1], [0, 2], [1, 2]] as const) {
      if (A[p][q] === 0) continue;
      const theta = (A[q][q] - A[p][p]) / (2 * A[p][q]);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const cs = 1 / Math.sqrt(t * t + 1), sn = t * cs;
      for (let r = 0; r < 3; r++) {
        const arp = A[r][p], arq = A[r][q];
        A[r][p] = cs * arp - sn * arq;
        A[r][q] = sn * arp + cs * arq;
      }
      for (let r = 0; r < 3; r++) {
        const apr = A[p][r], aqr = A[q][r];
        A[p][r] = cs * apr - sn * aqr;
        A[q][r] = sn * apr + cs * aqr;
      }
    }
  }
  return [A[0][0], A[1][1], A[2][2]];
}
