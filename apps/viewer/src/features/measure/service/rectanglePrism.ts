import { patientPoint } from '@caliper/core';
import type { BoxShape, RoiShape } from '../model/shapes';

/** Depth of a view (mm) thicker than which it is a projection (MIP) rather than a slice. */
const PROJECTION_SLAB_MM = 10;

/**
 * The 3D box of a rectangle drawn for a PET threshold ROI (LPS, axis-aligned):
 * - on a projection (a MIP, slab > 10 mm) it spans the whole slab: every voxel the projection
 *   showed under the rectangle (the usual way to box a lesion on a coronal PET MIP);
 * - on a slice it is as deep as the rectangle's longer side, centred on the slice.
 * For oblique views the box is the LPS-aligned hull of that prism (it may take a little more).
 * Null for anything but a 4-corner planar rectangle.
 */
export function rectangleBox(shape: RoiShape, slabMm: number): BoxShape | null {
  if (shape.kind !== 'polygon' || shape.points.length !== 4) return null;
  const [a, b, , d] = shape.points;
  const side = (p: readonly number[], q: readonly number[]) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
  const half = (slabMm > PROJECTION_SLAB_MM ? slabMm : Math.max(side(a, b), side(a, d))) / 2;
  const n = shape.normal;
  const nl = Math.hypot(n[0], n[1], n[2]) || 1;
  const min = [Infinity, Infinity, Infinity], max = [-Infinity, -Infinity, -Infinity];
  for (const p of shape.points)
    for (const s of [-1, 1])
      for (let k = 0; k < 3; k++) {
        const v = p[k] + (s * half * n[k]) / nl;
        min[k] = Math.min(min[k], v);
        max[k] = Math.max(max[k], v);
      }
  return { kind: 'box', min: patientPoint(min[0], min[1], min[2]), max: patientPoint(max[0], max[1], max[2]) };
}
