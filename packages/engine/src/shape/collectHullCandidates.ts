import type { Mask } from '@caliper/core';
import { convexHull2d } from '../recist/convexHull2d';
import { padMaskBbox } from '../mask/padMaskBbox';

/** Points in grid-aligned mm (x = i·si, y = j·sj, z = k·sk), as parallel arrays. */
export interface PointSet {
  readonly x: number[];
  readonly y: number[];
  readonly z: number[];
}

/**
 * The vertices of the iso-0.5 marching-cubes surface of a binary mask that can lie on its 3D
 * convex hull. The mesh vertices are exactly the midpoints between each ROI voxel and its
 * 6-neighbours outside the ROI. A vertex of the 3D convex hull is also extreme within its own
 * plane (z = k or k + ½), so only the 2D hull vertices of each plane are kept (and within a plane
 * only the first/last point of each row can be on the hull). Empty mask: no points.
 */
export function collectHullCandidates(mask: Mask, spacing: readonly [number, number, number]): PointSet {
  const blk = padMaskBbox(mask, 1);
  if (!blk) return { x: [], y: [], z: [] };
  const [li, lj, lk] = blk.dims;
  const lij = li * lj;
  const p = blk.data;
  const [si, sj, sk] = spacing;
  const [oi, oj, ok] = blk.origin;
  const cx: number[] = [], cy: number[] = [], cz: number[] = [];
  // Per plane, only the extreme x on each line y = const can be a hull vertex. Lines are indexed
  // by h = 2·j' + 1 + {-1, 0, +1} (half-voxel steps in y, local j').
  const nl = 2 * lj + 1;
  const lo = new Float64Array(nl), hi = new Float64Array(nl);
  const px: number[] = [], py: number[] = [];
  const reset = (): void => {
    lo.fill(Infinity);
    hi.fill(-Infinity);
  };
  const add = (h: number, xi: number): void => {
    if (xi < lo[h]) lo[h] = xi;
    if (xi > hi[h]) hi[h] = xi;
  };
  const flush = (z: number): void => {
    px.length = 0;
    py.length = 0;
    for (let h = 0; h < nl; h++) {
      if (lo[h] === Infinity) continue;
      const y = ((h - 1) / 2 + oj) * sj;
      px.push((lo[h] + oi) * si);
      py.push(y);
      if (hi[h] !== lo[h]) {
        px.push((hi[h] + oi) * si);
        py.push(y);
      }
    }
    if (px.length === 0) return;
    for (const q of convexHull2d(px, py)) {
      cx.push(px[q]);
      cy.push(py[q]);
      cz.push(z);
    }
  };
  // In-plane faces of slice k lie at z = k: x-faces at (i ± ½, j), y-faces at (i, j ± ½).
  for (let k = 1; k < lk - 1; k++) {
    reset();
    for (let j = 1; j < lj - 1; j++) {
      const row = k * lij + j * li;
      for (let i = 1; i < li - 1; i++) {
        if (p[row + i] === 0) continue;
        if (p[row + i - 1] === 0) add(2 * j + 1, i - 0.5);
        if (p[row + i + 1] === 0) add(2 * j + 1, i + 0.5);
        if (p[row + i - li] === 0) add(2 * j, i);
        if (p[row + i + li] === 0) add(2 * j + 2, i);
      }
    }
    flush((k + ok) * sk);
  }
  // Faces between slices k-1 and k lie at z = k - ½, at (i, j).
  for (let k = 1; k < lk; k++) {
    reset();
    for (let j = 1; j < lj - 1; j++) {
      const row = k * lij + j * li;
      for (let i = 1; i < li - 1; i++) if (p[row + i] !== p[row + i - lij]) add(2 * j + 1, i);
    }
    flush((k + ok - 0.5) * sk);
  }
  return { x: cx, y: cy, z: cz };
}
