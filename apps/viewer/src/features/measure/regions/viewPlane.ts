import type { Types } from '@cornerstonejs/core';
import type { Vec3 } from '@caliper/core';
import { halfThickness } from './shapeMeetsPlane';
import type { ViewPlane } from './shapeMeetsPlane';

/** The slice a Cornerstone viewport shows now (stack image or volume plane; a MIP's whole slab). */
export function viewPlaneOf(vp: Types.IViewport): ViewPlane | null {
  const cam = vp.getCamera();
  const n = cam.viewPlaneNormal, p = cam.focalPoint;
  if (!n || !p) return null;
  const img = (vp as Types.IStackViewport | Types.IVolumeViewport).getImageData?.() as Types.IImageData | undefined;
  const slab = (vp as { getSlabThickness?: () => number }).getSlabThickness?.() ?? 0;
  // No image yet: a hair's thickness (only shapes through the focal plane count).
  const half = img ? halfThickness(img.direction as unknown as number[], img.spacing, n, slab) : 0.5;
  return { point: [p[0], p[1], p[2]] as unknown as Vec3, normal: [n[0], n[1], n[2]] as unknown as Vec3, halfThicknessMm: half };
}
