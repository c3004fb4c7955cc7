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
  return farthestPair(cx, cy, cz);
}

/**
 * Exact farthest pair by exhaustive search with a safe cut-off: candidates sorted by distance r
 * from their centroid; a pair (p, q) can only beat `best` if r_p + r_q > best (triangle inequality),
 * so both loops stop early once that fails.
 */
function farthestPair(cx: number[], cy: number[], cz: number[]): MaxDiameter3d {
  const n = cx.length;
  let mx = 0, my = 0, mz = 0;
  for (let q = 0; q < n; q++) {
    mx += cx[q];
    my += cy[q];
    mz += cz[q];
  }
  mx /= n;
  my /= n;
  mz /= n;
  const r = Float64Array.from(cx, (x, q) => Math.hypot(x - mx, cy[q] - my, cz[q] - mz));
  const order = Array.from({ length: n }, (_, q) => q).sort((a, b) => r[b] - r[a]);
  const X = Float64Array.from(order, (q) => cx[q]), Y = Float64Array.from(order, (q) => cy[q]), Z = Float64Array.from(order, (q) => cz[q]);
  const R = Float64Array.from(order, (q) => r[q]);
  let best = 0, ba = 0, bb = 0;
  for (let p = 0; p < n; p++) {
    if (R[p] + R[0] <= best) break;
    const x = X[p], y = Y[p], z = Z[p];
    const best2 = best * best;
    let local = best2, lq = -1;
    for (let q = p + 1; q < n; q++) {
      if (R[p] + R[q] <= best) break;
      const d = (x - X[q]) ** 2 + (y - Y[q]) ** 2 + (z - Z[q]) ** 2;
      if (d > local) {
        local = d;
        lq = q;
      }
    }
    if (lq >= 0) {
      best = Math.sqrt(local);
      ba = p;
      bb = lq;
    }
  }
  return { lengthMm: best, a: [X[ba], Y[ba], Z[ba]], b: [X[bb], Y[bb], Z[bb]] };
}
