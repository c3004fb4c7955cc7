import type { PatientPoint, Vec3, VoxelIndex } from './space';
import { patientPoint, voxelIndex } from './space';

/**
 * Grid geometry of a volume, DICOM conventions:
 * - dimensions [columns, rows, slices] = [ni, nj, nk]; voxel (i, j, k) at flat index i + j*ni + k*ni*nj
 * - origin: patient position (LPS mm) of the centre of voxel (0,0,0) (ImagePositionPatient of slice 0)
 * - rowDirection: direction of increasing column index i (ImageOrientationPatient[0..2])
 * - columnDirection: direction of increasing row index j (ImageOrientationPatient[3..5])
 * - sliceDirection: direction of increasing k (unit vector; normally row × column)
 * - spacing [di, dj, dk] in mm: [column spacing (PixelSpacing[1]), row spacing (PixelSpacing[0]), slice spacing]
 */
export interface Geometry {
  readonly dimensions: readonly [number, number, number];
  readonly origin: PatientPoint;
  readonly rowDirection: Vec3;
  readonly columnDirection: Vec3;
  readonly sliceDirection: Vec3;
  readonly spacing: readonly [number, number, number];
}

export function voxelVolumeMm3(g: Geometry): number {
  return g.spacing[0] * g.spacing[1] * g.spacing[2];
}

export function voxelToPatient(g: Geometry, p: VoxelIndex): PatientPoint {
  const [i, j, k] = p;
  const a = i * g.spacing[0];
  const b = j * g.spacing[1];
  const c = k * g.spacing[2];
  return patientPoint(
    g.origin[0] + a * g.rowDirection[0] + b * g.columnDirection[0] + c * g.sliceDirection[0],
    g.origin[1] + a * g.rowDirection[1] + b * g.columnDirection[1] + c * g.sliceDirection[1],
    g.origin[2] + a * g.rowDirection[2] + b * g.columnDirection[2] + c * g.sliceDirection[2],
  );
}

/** Inverse of voxelToPatient (continuous index). Assumes orthonormal direction cosines. */
export function patientToVoxel(g: Geometry, p: PatientPoint): VoxelIndex {
  const d = [p[0] - g.origin[0], p[1] - g.origin[1], p[2] - g.origin[2]];
  const dot = (v: Vec3) => d[0] * v[0] + d[1] * v[1] + d[2] * v[2];
  return voxelIndex(dot(g.rowDirection) / g.spacing[0], dot(g.columnDirection) / g.spacing[1], dot(g.sliceDirection) / g.spacing[2]);
}

export function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

export function voxelCount(g: Geometry): number {
  return g.dimensions[0] * g.dimensions[1] * g.dimensions[2];
}
