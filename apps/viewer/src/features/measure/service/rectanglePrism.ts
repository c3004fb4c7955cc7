import type { PrismShape, RoiShape } from '../model/shapes';

/** Depth of a view (mm) thicker than which it is a projection (MIP) rather than a slice. */
const PROJECTION_SLAB_MM = 10;

/**
 * The 3D region of a rectangle drawn for a PET threshold ROI: the rectangle swept along the view's
 * normal (exact for any view orientation, a rotated MIP included; the mask keeps voxel centres
 * inside the prism, orientedBoxToMask):
 * - on a projection (a MIP, slab > 10 mm) it spans the whole slab: every voxel the projection
 *   showed under the rectangle (the usual way to box a lesion on a PET MIP);
 * - on a slice it is as deep as the rectangle's longer side, centred on the slice.
 * Null for anything but a 4-corner planar rectangle.
 */
export function rectanglePrism(shape: RoiShape, slabMm: number): PrismShape | null {
  if (shape.kind !== 'polygon' || shape.points.length !== 4) return null;
  const [a, b, , d] = shape.points;
  const side = (p: readonly number[], q: readonly number[]) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
  const depthMm = slabMm > PROJECTION_SLAB_MM ? slabMm : Math.max(side(a, b), side(a, d));
  return { kind: 'prism', points: shape.points, normal: shape.normal, depthMm };
}
