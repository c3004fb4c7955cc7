import type { MainValue } from './lesion';
import type { RoiShape } from './shapes';

type P = ArrayLike<number>;
const dist = (a: P, b: P): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** Area (mm²) of a planar polygon in 3D: half the norm of the sum of its edge cross products (Newell). */
function polygonAreaMm2(points: readonly P[]): number {
  let x = 0, y = 0, z = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i], b = points[(i + 1) % points.length];
    x += a[1] * b[2] - a[2] * b[1];
    y += a[2] * b[0] - a[0] * b[2];
    z += a[0] * b[1] - a[1] * b[0];
  }
  return Math.hypot(x, y, z) / 2;
}

/**
 * The main value a shape itself gives (no image needed), for a lesion's history: a line's or
 * RECIST's long axis (mm), an ellipse's long diameter (mm), a sphere's diameter (mm), a contour's
 * area (mm²), a box's volume (mL). Null for segmentations (their value needs the image).
 */
export function mainValueOfShape(s: RoiShape): MainValue | null {
  switch (s.kind) {
    case 'lines':
      return s.segments.length ? { name: 'long axis', value: Math.max(...s.segments.map(([a, b]) => dist(a, b))), unit: 'mm' } : null;
    case 'ellipse':
      return { name: 'long diameter', value: 2 * Math.max(dist(s.center, s.axisA), dist(s.center, s.axisB)), unit: 'mm' };
    case 'sphere':
      return { name: 'diameter', value: 2 * s.radiusMm, unit: 'mm' };
    case 'polygon':
      return { name: 'area', value: polygonAreaMm2(s.points), unit: 'mm²' };
    case 'box':
      return { name: 'volume', value: Math.abs((s.max[0] - s.min[0]) * (s.max[1] - s.min[1]) * (s.max[2] - s.min[2])) / 1000, unit: 'mL' };
    case 'prism': {
      const [a, b, , d] = s.points;
      return { name: 'volume', value: (dist(a, b) * dist(a, d) * s.depthMm) / 1000, unit: 'mL' };
    }
    case 'petThreshold':
      return mainValueOfShape(s.within);
    case 'mask':
      return null;
  }
}
