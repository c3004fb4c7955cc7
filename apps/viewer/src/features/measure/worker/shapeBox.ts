import type { Geometry, PatientPoint } from '@caliper/core';
import { patientPoint, patientToVoxel } from '@caliper/core';
import type { RoiShape } from '../model/shapes';
import type { IjkBox } from './cropVolume';
import { prismCorners } from '../model/prismGeometry';

/** Patient points whose voxel-space hull contains the shape (corners of its bounding solid). */
function hullPoints(g: Geometry, shape: RoiShape): PatientPoint[] {
  switch (shape.kind) {
    case 'polygon':
      return [...shape.points];
    case 'ellipse': {
      const c = shape.center;
      const a = [shape.axisA[0] - c[0], shape.axisA[1] - c[1], shape.axisA[2] - c[2]];
      const b = [shape.axisB[0] - c[0], shape.axisB[1] - c[1], shape.axisB[2] - c[2]];
      const out: PatientPoint[] = [];
      for (const sa of [-1, 1]) for (const sb of [-1, 1]) out.push(patientPoint(c[0] + sa * a[0] + sb * b[0], c[1] + sa * a[1] + sb * b[1], c[2] + sa * a[2] + sb * b[2]));
      return out;
    }
    case 'lines':
      return shape.segments.flatMap((s) => [s[0], s[1]]);
    case 'sphere': {
      const { center: c, radiusMm: r } = shape;
      const out: PatientPoint[] = [];
      for (const d of [g.rowDirection, g.columnDirection, g.sliceDirection])
        for (const sgn of [-1, 1]) out.push(patientPoint(c[0] + sgn * r * d[0], c[1] + sgn * r * d[1], c[2] + sgn * r * d[2]));
      return out;
    }
    case 'box': {
      const out: PatientPoint[] = [];
      for (const x of [shape.min[0], shape.max[0]]) for (const y of [shape.min[1], shape.max[1]]) for (const z of [shape.min[2], shape.max[2]]) out.push(patientPoint(x, y, z));
      return out;
    }
    case 'prism':
      return prismCorners(shape);
    case 'petThreshold':
      return hullPoints(g, shape.within);
    case 'mask':
      return [];
  }
}

/**
 * Inclusive voxel box (clamped to the grid, grown by `pad` voxels per axis) that holds every voxel
 * the shape can select; null when it misses the grid.
 */
export function shapeBox(g: Geometry, shape: RoiShape, pad: readonly [number, number, number] = [0, 0, 0]): IjkBox | null {
  let lo: number[], hi: number[];
  if (shape.kind === 'mask') {
    const b = shape.mask.bbox;
    if (!b) return null;
    lo = [...b[0]];
    hi = [...b[1]];
  } else {
    const pts = hullPoints(g, shape).map((p) => patientToVoxel(g, p));
    if (!pts.length) return null;
    lo = [0, 1, 2].map((d) => Math.floor(Math.min(...pts.map((p) => p[d])) + 1e-6));
    hi = [0, 1, 2].map((d) => Math.ceil(Math.max(...pts.map((p) => p[d])) - 1e-6));
  }
  const out: [number[], number[]] = [[], []];
  for (let d = 0; d < 3; d++) {
    out[0][d] = Math.max(0, lo[d] - pad[d]);
    out[1][d] = Math.min(g.dimensions[d] - 1, hi[d] + pad[d]);
    if (out[0][d] > out[1][d]) return null;
  }
  return [[out[0][0], out[0][1], out[0][2]], [out[1][0], out[1][1], out[1][2]]];
}
