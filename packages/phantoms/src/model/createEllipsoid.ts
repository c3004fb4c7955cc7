import type { Vec3 } from '@caliper/core';
import type { Shape } from './shape';

export interface EllipsoidOptions {
  readonly centre: Vec3;
  readonly semiAxes: Vec3;
  /** Rotation angles in degrees, applied as R = Rz(aboutZ) · Ry(aboutY) · Rx(aboutX) to the LPS axes. */
  readonly rotationDeg?: { readonly aboutX?: number; readonly aboutY?: number; readonly aboutZ?: number };
}

/** Orthonormal axes (columns of Rz·Ry·Rx) for the rotation angles in degrees. */
export function rotationAxes(rot: EllipsoidOptions['rotationDeg']): [Vec3, Vec3, Vec3] {
  const r = Math.PI / 180;
  const [a, b, g] = [(rot?.aboutX ?? 0) * r, (rot?.aboutY ?? 0) * r, (rot?.aboutZ ?? 0) * r];
  const [ca, sa, cb, sb, cg, sg] = [Math.cos(a), Math.sin(a), Math.cos(b), Math.sin(b), Math.cos(g), Math.sin(g)];
  // Rows of R = Rz·Ry·Rx
  const m = [
    [cg * cb, cg * sb * sa - sg * ca, cg * sb * ca + sg * sa],
    [sg * cb, sg * sb * sa + cg * ca, sg * sb * ca - cg * sa],
    [-sb, cb * sa, cb * ca],
  ];
  const col = (c: number): Vec3 => [m[0][c], m[1][c], m[2][c]];
  return [col(0), col(1), col(2)];
}

/** An ellipsoid {p : sum_i ((p - c) · u_i / a_i)^2 <= 1}; volume 4/3 π a b c. */
export function createEllipsoid(opts: EllipsoidOptions): Shape & { readonly axes: readonly [Vec3, Vec3, Vec3] } {
  const c = opts.centre;
  const s = opts.semiAxes;
  const axes = rotationAxes(opts.rotationDeg);
  // Pre-scaled axes: q_i = u_i / a_i
  const q = axes.map((u, i) => [u[0] / s[i], u[1] / s[i], u[2] / s[i]]);
  const half = [0, 1, 2].map((d) => Math.sqrt(axes.reduce((acc, u, i) => acc + (u[d] * s[i]) ** 2, 0)));
  return {
    axes,
    bounds: {
      min: [c[0] - half[0], c[1] - half[1], c[2] - half[2]],
      max: [c[0] + half[0], c[1] + half[1], c[2] + half[2]],
    },
    analyticVolumeMm3: (4 / 3) * Math.PI * s[0] * s[1] * s[2],
    contains(x, y, z) {
      const dx = x - c[0];
      const dy = y - c[1];
      const dz = z - c[2];
      let sum = 0;
      for (let i = 0; i < 3; i++) {
        const t = dx * q[i][0] + dy * q[i][1] + dz * q[i][2];
        sum += t * t;
        if (sum > 1) return false;
      }
      return true;
    },
    xSpan(y, z) {
      // Σ_i (q_ix·x' + r_i)² ≤ 1 with x' = x − c_x, r_i = q_iy·dy + q_iz·dz: a quadratic in x'.
      const dy = y - c[1];
      const dz = z - c[2];
      let alpha = 0;
      let beta = 0;
      let gamma = 0;
      for (let i = 0; i < 3; i++) {
        const r = q[i][1] * dy + q[i][2] * dz;
        alpha += q[i][0] * q[i][0];
        beta += q[i][0] * r;
        gamma += r * r;
      }
      const disc = beta * beta - alpha * (gamma - 1);
      if (disc < 0) return null;
      const root = Math.sqrt(disc);
      return [c[0] + (-beta - root) / alpha, c[0] + (-beta + root) / alpha];
    },
    describe: () => ({ kind: 'ellipsoid', centre_mm: c, semiAxes_mm: s, axes }),
  };
}
