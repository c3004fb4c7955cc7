import type { Vec3 } from './spaces';

/**
 * The linked point (LPS mm) after a pane's camera changed: only its component along that pane's
 * view normal follows the pane (the slice it scrolled to), p + ((f − p)·n) n. A pan or zoom (focal
 * point moved within the plane) leaves it; so does a scroll for the other two coordinates — a
 * sagittal pane sent to a lesion at x = 80 by a MIP click stays at x = 80 while the axial scrolls.
 */
export function advanceLinkedPoint(point: Vec3, focalPoint: Vec3, viewPlaneNormal: Vec3): Vec3 {
  const n = viewPlaneNormal;
  const len = Math.hypot(n[0], n[1], n[2]) || 1;
  const u = [n[0] / len, n[1] / len, n[2] / len];
  const d = (focalPoint[0] - point[0]) * u[0] + (focalPoint[1] - point[1]) * u[1] + (focalPoint[2] - point[2]) * u[2];
  return [point[0] + d * u[0], point[1] + d * u[1], point[2] + d * u[2]];
}
