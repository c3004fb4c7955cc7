import type { Geometry, PatientPoint } from '@caliper/core';

/**
 * In-plane coordinates (mm) of a patient point on the grid's slice planes:
 * u along the row direction (increasing i), v along the column direction (increasing j), both
 * measured from the volume origin. A voxel centre (i, j) has (u, v) = (i*si, j*sj).
 */
export function inPlaneCoordinates(geometry: Geometry, p: PatientPoint): [number, number] {
  const d0 = p[0] - geometry.origin[0], d1 = p[1] - geometry.origin[1], d2 = p[2] - geometry.origin[2];
  const r = geometry.rowDirection, c = geometry.columnDirection;
  return [d0 * r[0] + d1 * r[1] + d2 * r[2], d0 * c[0] + d1 * c[1] + d2 * c[2]];
}
