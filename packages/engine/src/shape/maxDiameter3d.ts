import type { Mask } from '@caliper/core';
import { convexHull2d } from '../recist/convexHull2d';
import { padMaskBbox } from '../mask/padMaskBbox';

export interface MaxDiameter3d {
  /** IBSI L0JK maximum 3D diameter, mm. */
  readonly lengthMm: number;
  /** End points in grid-aligned mm (x = i·si, y = j·sj, z = k·sk). */
  readonly a: readonly [number, number, number];
  readonly b: readonly [number, number, number];
}

/**
 * Maximum 3D diameter (Feret) of the iso-0.5 marching-cubes surface of a binary mask, i.e. the
 * largest distance between mesh vertices (IBSI L0JK). Those vertices are exactly the midpoints
 * between each ROI voxel and its 6-neighbours outside the ROI. A vertex of the 3D convex hull is
 * also extreme within its own plane (z = k or k + ½), so only the 2D hull vertices of each plane
 * are candidates (and within a plane only the first/last point of each row and column can be on
 * the hull); the farthest pair among the candidates is found exhaustively.
 */
export function maxDiameter3d(mask: Mask, spacing: readonly [number, number, number]): MaxDiameter3d {
  const blk = padMaskBbox(mask, 1);
  if (!blk) return { lengthMm: 0, a: [0, 0, 0], b: [0, 0, 0] };
  const [li, lj, lk] = blk.dims;
  const lij = li * lj;
  const p = blk.data;
  const [si, sj, sk] = spacing;
  const [oi, oj, ok] = blk.origin;
  const cx: number[] = [], cy: number[] = [], cz: number[] = [];
  const px: number[] = [], py: number[] = [];
  const add = (x: number, y: number): void => {
    px.push(x);
    py.push(y);
  };
  const flush = (z: number): void => {
    if (px.length === 0) return;
    for (const h of convexHull2d(px, py)) {
      cx.push(px[h]);
      cy.push(py[h]);
      cz.push(z);
    }
    px.length = 0;
    py.length = 0;
  };
  // In-plane faces of slice k lie at z = k; within a row only the outermost x-faces can be extreme,
  // and y-faces are added for every voxel (their row extremes are taken by the hull).
  for (let k = 1; k < lk - 1; k++) {
    for (let j = 1; j < lj - 1; j++) {
      const row = k * lij + j * li;
      let first = -1, last = -1;
      for (let i = 1; i < li - 1; i++) {
        if (p[row + i] === 0) continue;
        if (first < 0) first = i;
        last = i;
        if (p[row + i - li] === 0) add((i + oi) * si, (j + oj - 0.5) * sj);
        if (p[row + i + li] === 0) add((i + oi) * si, (j + oj + 0.5) * sj);
      }
      if (first >= 0) {
        add((first + oi - 0.5) * si, (j + oj) * sj);
        add((last + oi + 0.5) * si, (j + oj) * sj);
      }
    }
    flush((k + ok) * sk);
  }
  // Faces between slices k-1 and k lie at z = k - ½.
  for (let k = 1; k < lk; k++) {
    for (let j = 1; j < lj - 1; j++) {
      const row = k * lij + j * li;
      for (let i = 1; i < li - 1; i++)
        if (p[row + i] !== p[row + i - lij]) add((i + oi) * si, (j + oj) * sj);
    }
    flush((k + ok - 0.5) * sk);
  }
  let best = 0, ba = 0, bb = 0;
  const n = cx.length;
  for (let q = 0; q < n; q++) {
    const x = cx[q], y = cy[q], z = cz[q];
    for (let r = q + 1; r < n; r++) {
      const d = (x - cx[r]) ** 2 + (y - cy[r]) ** 2 + (z - cz[r]) ** 2;
      if (d > best) {
        best = d;
        ba = q;
        bb = r;
      }
    }
  }
  return { lengthMm: Math.sqrt(best), a: [cx[ba], cy[ba], cz[ba]], b: [cx[bb], cy[bb], cz[bb]] };
}
