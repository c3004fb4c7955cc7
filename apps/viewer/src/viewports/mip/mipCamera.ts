import type { Vec3 } from '../navigation/spaces';

/**
 * Projection direction of a MIP rotated `angleDeg` about the body (superior) axis: 0° looks at the
 * patient from the front (anterior view, as a coronal MIP), 90° from the patient's left, 180° from
 * behind, 270° from the right. Returned as Cornerstone's viewPlaneNormal (from the focal point
 * towards the camera, LPS) with the superior axis up.
 */
export function mipViewAt(angleDeg: number): { viewPlaneNormal: Vec3; viewUp: Vec3 } {
  const a = (angleDeg * Math.PI) / 180;
  // Anterior is −y in LPS; turning towards the patient's left (+x).
  const n: Vec3 = [Math.sin(a), -Math.cos(a), 0];
  return { viewPlaneNormal: [clean(n[0]), clean(n[1]), 0], viewUp: [0, 0, 1] };
}

/** The rotation angle (0–360°, as `mipViewAt`) of a view plane normal; undefined for a view along the body axis. */
export function mipAngleOf(normal: ArrayLike<number>): number | undefined {
  if (Math.hypot(normal[0], normal[1]) < 1e-6) return undefined;
  const deg = (Math.atan2(normal[0], -normal[1]) * 180) / Math.PI;
  return ((Math.round(deg * 10) / 10) % 360 + 360) % 360;
}

/** The view a reader names at an angle: anterior, left, posterior, right (and the obliques between). */
export function mipViewName(angleDeg: number): string {
  const names = ['anterior', 'left anterior oblique', 'left lateral', 'left posterior oblique', 'posterior', 'right posterior oblique', 'right lateral', 'right anterior oblique'];
  return names[Math.round((((angleDeg % 360) + 360) % 360) / 45) % 8];
}

const clean = (v: number) => (Math.abs(v) < 1e-12 ? 0 : v);
