import type { PatientPoint, Vec3 } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import type { OrientedBox } from '@caliper/engine';
import type { PrismShape } from './shapes';

const dot = (a: readonly number[], b: readonly number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const unit = (v: readonly number[]): Vec3 => {
  const l = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
};

/**
 * The oriented box of a prism (LPS mm): centre = the rectangle's centre; axes = its first side
 * (corner 0 → 1), the in-plane perpendicular, the normal; half extents = half the sides and half
 * the depth. The side is taken in the plane (its normal component dropped) so the axes are orthonormal.
 */
export function prismBox(s: PrismShape): OrientedBox {
  const [a, b, , d] = s.points;
  const n = unit(s.normal);
  const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const t = dot(ab, n);
  const u = unit([ab[0] - t * n[0], ab[1] - t * n[1], ab[2] - t * n[2]]);
  const v: Vec3 = [n[1] * u[2] - n[2] * u[1], n[2] * u[0] - n[0] * u[2], n[0] * u[1] - n[1] * u[0]];
  const ad = [d[0] - a[0], d[1] - a[1], d[2] - a[2]];
  const c = [0, 1, 2].map((k) => s.points.reduce((sum, p) => sum + p[k], 0) / s.points.length);
  return {
    centerMm: patientPoint(c[0], c[1], c[2]),
    axes: [u, v, n],
    halfMm: [Math.abs(dot(ab, u)) / 2, Math.abs(dot(ad, v)) / 2, s.depthMm / 2],
  };
}

/** The prism's 8 corners (patient LPS mm). */
export function prismCorners(s: PrismShape): PatientPoint[] {
  const { centerMm: c, axes, halfMm: h } = prismBox(s);
  const out: PatientPoint[] = [];
  for (const su of [-1, 1]) for (const sv of [-1, 1]) for (const sn of [-1, 1]) {
    const p = [0, 1, 2].map((k) => c[k] + su * h[0] * axes[0][k] + sv * h[1] * axes[1][k] + sn * h[2] * axes[2][k]);
    out.push(patientPoint(p[0], p[1], p[2]));
  }
  return out;
}
