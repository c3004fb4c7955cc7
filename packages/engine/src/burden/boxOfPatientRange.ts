import type { Geometry } from '@caliper/core';
import type { VoxelBox } from './findDeepestPoints';
import { gridAffine } from './gridAffine';

/** Optional [min, max] ranges (mm) of patient x, y, z. */
export type PatientRange = Partial<Record<'x' | 'y' | 'z', readonly [number, number]>>;

/**
 * The voxel box of a grid that covers the given patient-coordinate ranges: each range limits the
 * grid axis most aligned with that patient axis (PET grids are axial, so x ↔ i, y ↔ j, z ↔ k);
 * unlimited axes span the grid. Only a bound for the search: callers still test each voxel.
 */
export function boxOfPatientRange(g: Geometry, range: PatientRange): VoxelBox {
  const { o, a, b, c } = gridAffine(g);
  const steps = [a, b, c];
  const lo = [0, 0, 0], hi = [g.dimensions[0] - 1, g.dimensions[1] - 1, g.dimensions[2] - 1];
  (['x', 'y', 'z'] as const).forEach((name, d) => {
    const r = range[name];
    if (!r) return;
    const align = steps.map((s) => Math.abs(s[d]));
    const ax = align.indexOf(Math.max(...align));
    const step = steps[ax][d];
    const t0 = (r[0] - o[d]) / step, t1 = (r[1] - o[d]) / step;
    lo[ax] = Math.max(lo[ax], Math.floor(Math.min(t0, t1)) - 1);
    hi[ax] = Math.min(hi[ax], Math.ceil(Math.max(t0, t1)) + 1);
  });
  return [[lo[0], lo[1], lo[2]], [hi[0], hi[1], hi[2]]];
}
