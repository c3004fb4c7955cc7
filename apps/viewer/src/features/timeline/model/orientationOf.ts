export type PlaneOrientation = 'axial' | 'sagittal' | 'coronal' | 'oblique';

/**
 * Acquisition plane from ImageOrientationPatient (row cosines then column cosines, LPS): the
 * patient axis the slice normal (row × column) is closest to — S: axial, L: sagittal, P: coronal —
 * or 'oblique' when the normal is more than `maxTiltDeg` (default 30°) from every axis.
 * Undefined without a valid orientation.
 */
export function orientationOf(iop: readonly number[] | undefined, maxTiltDeg = 30): PlaneOrientation | undefined {
  if (!iop || iop.length < 6 || iop.slice(0, 6).some((v) => !Number.isFinite(v))) return undefined;
  const [r0, r1, r2, c0, c1, c2] = iop;
  const n = [r1 * c2 - r2 * c1, r2 * c0 - r0 * c2, r0 * c1 - r1 * c0];
  const len = Math.hypot(n[0], n[1], n[2]);
  if (len < 1e-6) return undefined;
  const a = n.map((v) => Math.abs(v) / len);
  const axis = a[0] >= a[1] && a[0] >= a[2] ? 0 : a[1] >= a[2] ? 1 : 2;
  if (a[axis] < Math.cos((maxTiltDeg * Math.PI) / 180)) return 'oblique';
  return (['sagittal', 'coronal', 'axial'] as const)[axis];
}
