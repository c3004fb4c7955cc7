import type { Geometry, PatientPoint } from '@caliper/core';
import { asPatient, patientToVoxel } from '@caliper/core';
import type { SlicePx } from '@caliper/board';
import type { LesionGeometry } from '@caliper/report';

/** A measurement placed on one image plane of a series' volume. */
export interface ProjectedMeasurement {
  /** Slice index k of the volume the measurement lies on. */
  readonly k: number;
  /** Midpoint of the long axis (the view's centre), slice pixels. */
  readonly centre: SlicePx;
  /** Long axis first, then the short axis when there is one, slice pixels. */
  readonly lines: readonly { readonly axis: 'long' | 'short'; readonly from: SlicePx; readonly to: SlicePx }[];
  /** Length of the long axis, mm (patient space). */
  readonly longMm: number;
}

const dist = (a: PatientPoint, b: PatientPoint) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * Where a lesion's line measurement (RECIST long/short axis, a length, an ellipse's axes; LPS mm)
 * lies in a volume: the slice its points are on (each within half a slice of it) and its lines in
 * that slice's pixel indices. A string says why it cannot be placed (no line geometry, oblique to
 * the slices, outside the series).
 */
export function projectMeasurement(geometry: LesionGeometry, grid: Geometry): ProjectedMeasurement | string {
  let axes: [PatientPoint, PatientPoint][];
  if (geometry.kind === 'recist') axes = [geometry.longAxis, ...(geometry.shortAxis ? [geometry.shortAxis] : [])].map(([a, b]) => [asPatient(a), asPatient(b)]);
  else if (geometry.kind === 'line') axes = [[asPatient(geometry.points[0]), asPatient(geometry.points[1])]];
  else if (geometry.kind === 'ellipse') axes = [[asPatient(geometry.points[0]), asPatient(geometry.points[1])], [asPatient(geometry.points[2]), asPatient(geometry.points[3])]];
  else return `no line measurement to draw (geometry '${geometry.kind}')`;
  const voxels = axes.map(([a, b]) => [patientToVoxel(grid, a), patientToVoxel(grid, b)] as const);
  const ks = voxels.flat().map((v) => v[2]);
  const k = Math.round(ks.reduce((s, x) => s + x, 0) / ks.length);
  if (ks.some((x) => Math.abs(x - k) > 0.5 + 1e-6)) return 'the measurement is not in one image plane of the series';
  if (k < 0 || k >= grid.dimensions[2]) return 'the measurement lies outside the series';
  const [la, lb] = voxels[0];
  return {
    k,
    centre: [(la[0] + lb[0]) / 2, (la[1] + lb[1]) / 2],
    lines: voxels.map(([a, b], n) => ({ axis: n === 0 ? 'long' : 'short', from: [a[0], a[1]], to: [b[0], b[1]] })),
    longMm: dist(axes[0][0], axes[0][1]),
  };
}
