import type { LpsDirection, LpsPoint, Vec3 } from '../navigation/spaces';

/** A voxel grid in patient space: i, j, k axes (unit LPS vectors), spacing (mm), origin (voxel 0 centre, LPS mm). */
export interface RayGrid {
  readonly dimensions: Vec3;
  readonly spacing: Vec3;
  readonly origin: Vec3;
  readonly axes: readonly [Vec3, Vec3, Vec3];
}

export interface HottestVoxel {
  readonly ijk: [number, number, number];
  /** Centre of that voxel, LPS mm. */
  readonly lps: [number, number, number];
  readonly value: number;
}

/**
 * The voxel a maximum-intensity projection shows at a point: the highest-valued voxel met by the
 * line through `point` along `dir` (the view's projection direction), across the whole grid. The line
 * is sampled every quarter of the smallest spacing and each sample read at its nearest voxel, so
 * every voxel the line crosses by more than that is visited; ties keep the first met from the
 * −`dir` end. Null when the line misses the grid.
 */
export function hottestAlongRay(grid: RayGrid, valueAt: (i: number, j: number, k: number) => number, point: LpsPoint, dir: LpsDirection): HottestVoxel | null {
  const [ni, nj, nk] = grid.dimensions;
  const len = Math.hypot(dir[0], dir[1], dir[2]);
  if (!(len > 0)) return null;
  const u = [dir[0] / len, dir[1] / len, dir[2] / len];
  const step = Math.min(...grid.spacing) / 4;
  const reach = Math.hypot(ni * grid.spacing[0], nj * grid.spacing[1], nk * grid.spacing[2]);
  // Continuous index of the point and its change per mm along the line.
  const rel = [0, 1, 2].map((d) => point[d] - grid.origin[d]);
  const idx0 = grid.axes.map((a, n) => (a[0] * rel[0] + a[1] * rel[1] + a[2] * rel[2]) / grid.spacing[n]);
  const didx = grid.axes.map((a, n) => (a[0] * u[0] + a[1] * u[1] + a[2] * u[2]) / grid.spacing[n]);
  let best: HottestVoxel | null = null;
  let lastKey = -1;
  for (let t = -reach; t <= reach; t += step) {
    const i = Math.round(idx0[0] + t * didx[0]), j = Math.round(idx0[1] + t * didx[1]), k = Math.round(idx0[2] + t * didx[2]);
    if (i < 0 || j < 0 || k < 0 || i >= ni || j >= nj || k >= nk) continue;
    const key = (k * nj + j) * ni + i;
    if (key === lastKey) continue;
    lastKey = key;
    const v = valueAt(i, j, k);
    if (best && !(v > best.value)) continue;
    const lps = [0, 1, 2].map((d) => grid.origin[d] + i * grid.spacing[0] * grid.axes[0][d] + j * grid.spacing[1] * grid.axes[1][d] + k * grid.spacing[2] * grid.axes[2][d]);
    best = { ijk: [i, j, k], lps: [lps[0], lps[1], lps[2]], value: v };
  }
  return best;
}
