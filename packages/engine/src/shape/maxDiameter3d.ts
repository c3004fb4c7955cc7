import type { Mask } from '@caliper/core';
import { convexHull2d } from '../recist/convexHull2d';

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
 * are candidates; the farthest pair among them is found exhaustively.
 */
export function maxDiameter3d(mask: Mask, spacing: readonly [number, number, number]): MaxDiameter3d {
  const b = mask.bbox;
  if (!b) return { lengthMm: 0, a: [0, 0, 0], b: [0, 0, 0] };
  const [ni, nj, nk] = mask.dimensions;
  const m = mask.data;
  const [si, sj, sk] = spacing;
  const at = (i: number, j: number, k: number): boolean => i >= 0 && j >= 0 && k >= 0 && i < ni && j < nj && k < nk && m[i + ni * (j + nj * k)] !== 0;
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
  for (let k = b[0][2]; k <= b[1][2] + 1; k++) {
    // In-plane faces of slice k (vertices at z = k).
    if (k <= b[1][2])
      for (let j = b[0][1]; j <= b[1][1]; j++)
        for (let i = b[0][0]; i <= b[1][0]; i++) {
          if (!at(i, j, k)) continue;
          if (!at(i - 1, j, k)) add((i - 0.5) * si, j * sj);
          if (!at(i + 1, j, k)) add((i + 0.5) * si, j * sj);
          if (!at(i, j - 1, k)) add(i * si, (j - 0.5) * sj);
          if (!at(i, j + 1, k)) add(i * si, (j + 0.5) * sj);
        }
    flush(k * sk);
    // Faces between slices k-1 and k (vertices at z = k - ½).
    for (let j = b[0][1]; j <= b[1][1]; j++)
      for (let i = b[0][0]; i <= b[1][0]; i++)
        if (at(i, j, k - 1) !== at(i, j, k)) add(i * si, j * sj);
    flush((k - 0.5) * sk);
  }
  let best = -1, ba = 0, bb = 0;
  const n = cx.length;
  for (let p = 0; p < n; p++)
    for (let q = p + 1; q < n; q++) {
      const d = (cx[p] - cx[q]) ** 2 + (cy[p] - cy[q]) ** 2 + (cz[p] - cz[q]) ** 2;
      if (d > best) {
        best = d;
        ba = p;
        bb = q;
      }
    }
  if (n === 1) best = 0;
  return { lengthMm: Math.sqrt(best), a: [cx[ba], cy[ba], cz[ba]], b: [cx[bb], cy[bb], cz[bb]] };
}
