import type { Geometry } from '@caliper/core';
import type { VoxelAxis } from '../ui/grow/maskOutlineOnPlane';

/** A view plane as one voxel plane of a grid: the axis it looks along and the slice index there. */
export interface GridPlane {
  readonly axis: VoxelAxis;
  readonly index: number;
}

/**
 * The voxel plane of `g` a view shows (normal and a point on it, patient LPS mm): the grid's slice
 * nearest to the point (a coarser grid's slice that contains a finer view's one), or null when the
 * view is oblique to the grid (beyond ~2.5°: a voxel outline would not lie on the shown plane) or
 * outside it.
 */
export function planeOfGrid(g: Geometry, normal: readonly number[], point: readonly number[]): GridPlane | null {
  const l = Math.hypot(normal[0], normal[1], normal[2]);
  if (!(l > 0)) return null;
  const dirs = [g.rowDirection, g.columnDirection, g.sliceDirection];
  const dots = dirs.map((d) => Math.abs(d[0] * normal[0] + d[1] * normal[1] + d[2] * normal[2]) / l);
  const axis = (dots[0] > dots[1] && dots[0] > dots[2] ? 0 : dots[1] > dots[2] ? 1 : 2) as VoxelAxis;
  if (dots[axis] < 0.999) return null;
  const d = dirs[axis];
  // Continuous index along the axis (directions are orthonormal).
  const t = ((point[0] - g.origin[0]) * d[0] + (point[1] - g.origin[1]) * d[1] + (point[2] - g.origin[2]) * d[2]) / g.spacing[axis];
  const index = Math.round(t);
  if (index < 0 || index >= g.dimensions[axis]) return null;
  return { axis, index };
}
