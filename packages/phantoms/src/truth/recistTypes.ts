import type { Vec3 } from '@caliper/core';

/** RECIST 1.1 diameters of one lesion measured in one axial acquisition plane. */
export interface RecistAxes {
  readonly longAxis_mm: number;
  readonly shortAxis_mm: number;
  readonly sliceIndex: number;
  readonly sliceZ_mm: number;
  readonly longAxisEndpoints_lps_mm: readonly [Vec3, Vec3];
  readonly shortAxisEndpoints_lps_mm: readonly [Vec3, Vec3];
}

export const RECIST_DEFINITION =
  'Analytic, on the acquisition slice grid: for every CT slice-centre plane z_k the exact cross-section of the lesion surface ' +
  '(not voxelised) is taken; long axis = its maximal in-plane (Feret) diameter; short axis = the longest chord perpendicular ' +
  'to that long axis in the same plane; the plane with the largest long axis is reported. Ellipsoids: closed form; ' +
  'lobulated lesion: 1440-vertex contour from the analytic surface (error < 0.01 mm).';
