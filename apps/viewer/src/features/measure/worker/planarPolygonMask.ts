import type { Geometry, Mask, PatientPoint, Vec3 } from '@caliper/core';
import { computeMaskBbox, createMask } from '@caliper/engine';

type V = readonly number[];
const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const sub = (a: V, b: V) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];

/**
 * Rasterise a planar shape lying on any plane (MPR sagittal/coronal/oblique): a voxel belongs iff
 * its centre is within half a voxel of the plane through `anchor` (measured along the normal,
 * half-open so exactly one layer is taken) and `inside(offsetFromAnchor)` holds for it.
 */
export function planarMask(g: Geometry, anchor: PatientPoint, normal: Vec3, inside: (w: V) => boolean): Mask {
  const mask = createMask(g.dimensions);
  const nl = Math.hypot(normal[0], normal[1], normal[2]);
  if (nl === 0) return mask;
  const n = [normal[0] / nl, normal[1] / nl, normal[2] / nl];
  const axes = [g.rowDirection, g.columnDirection, g.sliceDirection];
  const half = 0.5 * axes.reduce((s, a, d) => s + Math.abs(dot(a, n)) * g.spacing[d], 0);
  const [ni, nj, nk] = g.dimensions;
  const w = [0, 0, 0];
  for (let k = 0; k < nk; k++)
    for (let j = 0; j < nj; j++)
      for (let i = 0; i < ni; i++) {
        const x = i * g.spacing[0], y = j * g.spacing[1], z = k * g.spacing[2];
        for (let d = 0; d < 3; d++) w[d] = g.origin[d] + x * axes[0][d] + y * axes[1][d] + z * axes[2][d] - anchor[d];
        const h = dot(w, n);
        if (h < -half || h >= half || !inside(w)) continue;
        mask.data[(k * nj + j) * ni + i] = 1;
      }
  return { ...mask, bbox: computeMaskBbox(g.dimensions, mask.data) };
}

/** Closed polygon on any plane (even-odd rule), points in patient LPS mm. */
export function planarPolygonMask(g: Geometry, points: readonly PatientPoint[], normal: Vec3): Mask {
  if (points.length < 3) return createMask(g.dimensions);
  const nl = Math.hypot(normal[0], normal[1], normal[2]) || 1;
  const n = [normal[0] / nl, normal[1] / nl, normal[2] / nl];
  const ref = Math.abs(n[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  const u0 = [n[1] * ref[2] - n[2] * ref[1], n[2] * ref[0] - n[0] * ref[2], n[0] * ref[1] - n[1] * ref[0]];
  const ul = Math.hypot(u0[0], u0[1], u0[2]);
  const u = u0.map((x) => x / ul);
  const v = [n[1] * u[2] - n[2] * u[1], n[2] * u[0] - n[0] * u[2], n[0] * u[1] - n[1] * u[0]];
  const p0 = points[0];
  const pu = points.map((p) => dot(sub(p, p0), u));
  const pv = points.map((p) => dot(sub(p, p0), v));
  return planarMask(g, p0, normal, (w) => {
    const x = dot(w, u), y = dot(w, v);
    let c = false;
    for (let a = 0, b = pu.length - 1; a < pu.length; b = a++) {
      if (pv[a] > y !== pv[b] > y && x < ((pu[b] - pu[a]) * (y - pv[a])) / (pv[b] - pv[a]) + pu[a]) c = !c;
    }
    return c;
  });
}

/** Ellipse on any plane: centre and semi-axis end points (patient mm); boundary inclusive. */
export function planarEllipseMask(g: Geometry, center: PatientPoint, axisA: PatientPoint, axisB: PatientPoint, normal: Vec3): Mask {
  const a = sub(axisA, center), b = sub(axisB, center);
  const a2 = dot(a, a), b2 = dot(b, b);
  if (a2 === 0 || b2 === 0) return createMask(g.dimensions);
  return planarMask(g, center, normal, (w) => (dot(w, a) / a2) ** 2 + (dot(w, b) / b2) ** 2 <= 1 + 1e-9);
}
