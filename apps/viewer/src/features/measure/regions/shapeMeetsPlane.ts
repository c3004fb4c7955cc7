import type { Geometry, Vec3 } from '@caliper/core';
import type { RoiShape } from '../model/shapes';
import { prismCorners } from '../model/prismGeometry';

/**
 * The slice a view shows: a point on it and its normal (patient LPS mm), and half its thickness
 * (mm: half the voxel spacing along the normal, or half a MIP's slab).
 */
export interface ViewPlane {
  readonly point: Vec3;
  readonly normal: Vec3;
  readonly halfThicknessMm: number;
}

const dot = (a: readonly number[], b: readonly number[]): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Signed distances (mm) of points from the plane, as [min, max]. */
function spread(points: readonly (readonly number[])[], plane: ViewPlane, n: Vec3): [number, number] | null {
  if (!points.length) return null;
  let lo = Infinity, hi = -Infinity;
  for (const p of points) {
    const d = dot([p[0] - plane.point[0], p[1] - plane.point[1], p[2] - plane.point[2]], n);
    lo = Math.min(lo, d);
    hi = Math.max(hi, d);
  }
  return [lo, hi];
}

/** Patient points (mm) of the voxel centres at the 8 corners of a voxel box. */
function boxCorners(g: Geometry, lo: readonly number[], hi: readonly number[]): Vec3[] {
  const out: Vec3[] = [];
  const axes = [g.rowDirection, g.columnDirection, g.sliceDirection];
  for (const i of [lo[0], hi[0]]) for (const j of [lo[1], hi[1]]) for (const k of [lo[2], hi[2]]) {
    const c = [i * g.spacing[0], j * g.spacing[1], k * g.spacing[2]];
    out.push([0, 1, 2].map((d) => g.origin[d] + c[0] * axes[0][d] + c[1] * axes[1][d] + c[2] * axes[2][d]) as unknown as Vec3);
  }
  return out;
}

/**
 * How far a shape reaches along the plane's normal: [min, max] signed distance (mm) from the
 * plane of its points (a mask: its voxel centres' bbox, on `maskGeometry`); null when unknown.
 */
export function shapeExtent(shape: RoiShape, plane: ViewPlane, maskGeometry?: Geometry): [number, number] | null {
  const l = Math.hypot(plane.normal[0], plane.normal[1], plane.normal[2]);
  if (!(l > 0)) return null;
  const n = plane.normal.map((x) => x / l) as unknown as Vec3;
  switch (shape.kind) {
    case 'polygon':
      return spread(shape.points, plane, n);
    case 'lines':
      return spread(shape.segments.flatMap((s) => [s[0], s[1]]), plane, n);
    case 'ellipse': {
      const c = shape.center;
      const d = dot([c[0] - plane.point[0], c[1] - plane.point[1], c[2] - plane.point[2]], n);
      const a = dot([shape.axisA[0] - c[0], shape.axisA[1] - c[1], shape.axisA[2] - c[2]], n);
      const b = dot([shape.axisB[0] - c[0], shape.axisB[1] - c[1], shape.axisB[2] - c[2]], n);
      const r = Math.hypot(a, b);
      return [d - r, d + r];
    }
    case 'sphere': {
      const c = shape.center;
      const d = dot([c[0] - plane.point[0], c[1] - plane.point[1], c[2] - plane.point[2]], n);
      return [d - shape.radiusMm, d + shape.radiusMm];
    }
    case 'box': {
      const pts: number[][] = [];
      for (const x of [shape.min[0], shape.max[0]]) for (const y of [shape.min[1], shape.max[1]]) for (const z of [shape.min[2], shape.max[2]]) pts.push([x, y, z]);
      return spread(pts, plane, n);
    }
    case 'prism':
      return spread(prismCorners(shape), plane, n);
    case 'petThreshold':
      return shapeExtent(shape.within, plane);
    case 'mask': {
      const b = shape.mask.bbox;
      return b && maskGeometry ? spread(boxCorners(maskGeometry, b[0], b[1]), plane, n) : null;
    }
  }
}

/**
 * Whether a shape crosses the slice a view shows: some part of it lies closer than half the
 * slice's thickness to the plane, or it straddles the plane. A shape on the neighbouring slice
 * (one spacing away) does not. Unknown extent (a mask without its grid) → false.
 */
export function shapeMeetsPlane(shape: RoiShape, plane: ViewPlane, maskGeometry?: Geometry): boolean {
  const e = shapeExtent(shape, plane, maskGeometry);
  return !!e && e[0] < plane.halfThicknessMm && e[1] > -plane.halfThicknessMm;
}

/**
 * Half the thickness (mm) of the slice a view shows: half its image's spacing along the normal
 * (direction: 9 numbers, row, column, normal), or half its slab when that is thicker (a MIP).
 */
export function halfThickness(direction: readonly number[], spacing: readonly number[], normal: readonly number[], slabMm = 0): number {
  const l = Math.hypot(normal[0], normal[1], normal[2]) || 1;
  let s = 0;
  for (let d = 0; d < 3; d++) s += (Math.abs(direction[3 * d] * normal[0] + direction[3 * d + 1] * normal[1] + direction[3 * d + 2] * normal[2]) / l) * spacing[d];
  return Math.max(s, slabMm) / 2;
}
