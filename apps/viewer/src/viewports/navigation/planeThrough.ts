import type { Vec3 } from './spaces';

export interface PlaneCamera {
  readonly focalPoint: Vec3;
  readonly position: Vec3;
  readonly viewPlaneNormal: Vec3;
}

/**
 * The camera moved along its own view normal so that its plane passes through `point` (LPS mm),
 * nothing else changed (no pan, zoom or rotation): how a pane follows a point chosen in another pane.
 * Undefined when the plane already passes within `toleranceMm` of it.
 */
export function planeThrough(camera: PlaneCamera, point: Vec3, toleranceMm = 1e-3): { focalPoint: Vec3; position: Vec3 } | undefined {
  const n = camera.viewPlaneNormal;
  const len = Math.hypot(n[0], n[1], n[2]) || 1;
  const u = [n[0] / len, n[1] / len, n[2] / len];
  const d = (point[0] - camera.focalPoint[0]) * u[0] + (point[1] - camera.focalPoint[1]) * u[1] + (point[2] - camera.focalPoint[2]) * u[2];
  if (Math.abs(d) <= toleranceMm) return undefined;
  const move = (p: Vec3): Vec3 => [p[0] + d * u[0], p[1] + d * u[1], p[2] + d * u[2]];
  return { focalPoint: move(camera.focalPoint), position: move(camera.position) };
}

/** True when two view normals are the same plane orientation (parallel or opposite). */
export function sameOrientation(a: Vec3, b: Vec3): boolean {
  const la = Math.hypot(a[0], a[1], a[2]) || 1, lb = Math.hypot(b[0], b[1], b[2]) || 1;
  return Math.abs((a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (la * lb)) > 0.9999;
}
