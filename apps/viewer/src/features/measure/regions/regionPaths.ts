import type { CroppedMask } from '@caliper/engine';
import { maskOutlineOnPlane } from '../ui/grow/maskOutlineOnPlane';
import type { VoxelAxis } from '../ui/grow/maskOutlineOnPlane';

/**
 * In-plane voxel index (u, v) → canvas px: affine for a parallel projection, given by where
 * (0, 0), (1, 0) and (0, 1) are drawn.
 */
export interface PlaneToCanvas {
  readonly o: readonly [number, number];
  readonly u: readonly [number, number];
  readonly v: readonly [number, number];
}

/** Runs [u0, u1, v] (inclusive, in-plane voxel index) of set voxels on the plane `axis` = `index` of a cropped mask. */
export function maskRunsOnPlane(mask: CroppedMask, axis: VoxelAxis, index: number): [number, number, number][] {
  const b = mask.bbox;
  if (!b || index < b[0][axis] || index > b[1][axis]) return [];
  const len = [b[1][0] - b[0][0] + 1, b[1][1] - b[0][1] + 1, b[1][2] - b[0][2] + 1];
  const [ua, va] = axis === 0 ? [1, 2] : axis === 1 ? [0, 2] : [0, 1];
  const c = [0, 0, 0];
  c[axis] = index - b[0][axis];
  const runs: [number, number, number][] = [];
  for (let v = 0; v < len[va]; v++) {
    c[va] = v;
    let start = -1;
    for (let u = 0; u <= len[ua]; u++) {
      c[ua] = u;
      const on = u < len[ua] && mask.data[(c[2] * len[1] + c[1]) * len[0] + c[0]] !== 0;
      if (on && start < 0) start = u;
      else if (!on && start >= 0) {
        runs.push([start + b[0][ua], u - 1 + b[0][ua], v + b[0][va]]);
        start = -1;
      }
    }
  }
  return runs;
}

const at = (m: PlaneToCanvas, u: number, v: number): string =>
  `${(m.o[0] + u * (m.u[0] - m.o[0]) + v * (m.v[0] - m.o[0])).toFixed(1)},${(m.o[1] + u * (m.u[1] - m.o[1]) + v * (m.v[1] - m.o[1])).toFixed(1)}`;

/**
 * SVG paths of a mask on one voxel plane, in canvas px: `outline` (every boundary edge, voxel
 * faces at ±½) and `fill` (one closed quad per run of set voxels). Empty strings when the plane misses it.
 */
export function regionPaths(mask: CroppedMask, axis: VoxelAxis, index: number, m: PlaneToCanvas): { outline: string; fill: string } {
  const outline = maskOutlineOnPlane(mask, axis, index).map(([u0, v0, u1, v1]) => `M${at(m, u0, v0)}L${at(m, u1, v1)}`).join('');
  const fill = maskRunsOnPlane(mask, axis, index)
    .map(([u0, u1, v]) => `M${at(m, u0 - 0.5, v - 0.5)}L${at(m, u1 + 0.5, v - 0.5)}L${at(m, u1 + 0.5, v + 0.5)}L${at(m, u0 - 0.5, v + 0.5)}Z`)
    .join('');
  return { outline, fill };
}
