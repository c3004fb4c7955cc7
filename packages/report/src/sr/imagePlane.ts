import type { PatientPoint, Vec3 } from '@caliper/core';
import { patientPoint } from '@caliper/core';

/** Geometry of one image (ImagePositionPatient, ImageOrientationPatient, PixelSpacing). */
export interface ImagePlane {
  /** ImagePositionPatient: centre of the first transmitted pixel, LPS mm. */
  readonly origin: PatientPoint;
  readonly rowDirection: Vec3;
  readonly columnDirection: Vec3;
  /** [column spacing (x, along a row), row spacing (y)] in mm, i.e. [PixelSpacing[1], PixelSpacing[0]]. */
  readonly spacing: readonly [number, number];
}

/**
 * 2D SCOORD image coordinates (column x, row y; (0,0) is the top-left corner of the top-left
 * pixel, PS3.3 C.18.6.1.2) to patient LPS mm on that image's plane.
 */
export function scoordToPatient(plane: ImagePlane, x: number, y: number): PatientPoint {
  const a = (x - 0.5) * plane.spacing[0];
  const b = (y - 0.5) * plane.spacing[1];
  const o = plane.origin, r = plane.rowDirection, c = plane.columnDirection;
  return patientPoint(o[0] + a * r[0] + b * c[0], o[1] + a * r[1] + b * c[1], o[2] + a * r[2] + b * c[2]);
}
