import type { PatientPoint } from '@caliper/core';
import { patientPoint } from '@caliper/core';

/**
 * Centre (patient LPS mm) and radius (mm) of the sphere a Cornerstone sphere/circle scissors
 * stroke drew: its handle points are [bottom, top, left, right] of the circle in the view plane,
 * bottom and top being centre ∓ radius·viewUp (getEllipseWorldCoordinates).
 */
export function sphereOfPoints(points: readonly (readonly number[])[]): { center: PatientPoint; radiusMm: number } {
  const [a, b] = points;
  const center = patientPoint((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2);
  return { center, radiusMm: Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) / 2 };
}
