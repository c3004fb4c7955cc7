import type { Geometry } from '@caliper/core';
import { patientPoint } from '@caliper/core';

/** A target grid and where its voxel centres fall in the source grid's (continuous) index space. */
export interface InterpolationGrid {
  /** The target grid (same axis directions as the source). */
  readonly geometry: Geometry;
  /** Per axis (i, j, k): source index of target voxel 0 … */
  readonly start: readonly [number, number, number];
  /** … and the source-index step between target voxels (target spacing / source spacing). */
  readonly step: readonly [number, number, number];
}

/**
 * IBSI interpolation grid, "align grid centers" (3WE3): per axis n_b = ⌈n_a·s_a / s_b⌉ (026Q) and
 * the first target centre at source index ½(n_a − 1 − (s_b/s_a)(n_b − 1)) (QCY4), so both grids
 * share their centre whatever the origin metadata. `spacingMm` is in Geometry order
 * [column spacing (i), row spacing (j), slice spacing (k)]; a null entry keeps that axis as it is.
 */
export function computeInterpolationGrid(source: Geometry, spacingMm: readonly [number | null, number | null, number | null]): InterpolationGrid {
  const dims: [number, number, number] = [0, 0, 0];
  const spacing: [number, number, number] = [0, 0, 0];
  const start: [number, number, number] = [0, 0, 0];
  const step: [number, number, number] = [0, 0, 0];
  for (let a = 0; a < 3; a++) {
    const na = source.dimensions[a], sa = source.spacing[a];
    const sb = spacingMm[a] ?? sa;
    // Guard ⌈⌉ against 60·3/2 = 90.00000000000001.
    const nb = spacingMm[a] === null ? na : Math.max(1, Math.ceil((na * sa) / sb - 1e-9));
    dims[a] = nb;
    spacing[a] = sb;
    step[a] = sb / sa;
    start[a] = 0.5 * (na - 1 - step[a] * (nb - 1));
  }
  const o = source.origin;
  const axes = [source.rowDirection, source.columnDirection, source.sliceDirection];
  const shift = (d: number): number => axes[0][d] * start[0] * source.spacing[0] + axes[1][d] * start[1] * source.spacing[1] + axes[2][d] * start[2] * source.spacing[2];
  return {
    geometry: { ...source, dimensions: dims, spacing, origin: patientPoint(o[0] + shift(0), o[1] + shift(1), o[2] + shift(2)) },
    start,
    step,
  };
}
