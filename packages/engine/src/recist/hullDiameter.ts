export interface HullDiameter {
  readonly length: number;
  /** Indices (into xs/ys) of the two end points. */
  readonly a: number;
  readonly b: number;
}

/**
 * Diameter (farthest pair) of a convex polygon by rotating calipers: for each edge, advance the
 * antipodal vertex while the triangle area grows; every antipodal pair is checked, O(h).
 * `hull` is counter-clockwise, without collinear points (as convexHull2d returns it).
 */
export function hullDiameter(xs: ArrayLike<number>, ys: ArrayLike<number>, hull: readonly number[]): HullDiameter {
  const h = hull.length;
  if (h === 0) return { length: 0, a: -1, b: -1 };
  if (h === 1) return { length: 0, a: hull[0], b: hull[0] };
  const d2 = (p: number, q: number): number => (xs[p] - xs[q]) ** 2 + (ys[p] - ys[q]) ** 2;
  if (h === 2) return { length: Math.sqrt(d2(hull[0], hull[1])), a: hull[0], b: hull[1] };
  const area = (p: number, q: number, r: number): number => Math.abs((xs[q] - xs[p]) * (ys[r] - ys[p]) - (ys[q] - ys[p]) * (xs[r] - xs[p]));
  let best = -1, ba = hull[0], bb = hull[0];
  const consider = (p: number, q: number): void => {
    const d = d2(p, q);
    if (d > best) {
      best = d;
      ba = p;
      bb = q;
    }
  };
  let j = 1;
  for (let i = 0; i < h; i++) {
    const p = hull[i], pn = hull[(i + 1) % h];
    while (area(p, pn, hull[(j + 1) % h]) > area(p, pn, hull[j])) j = (j + 1) % h;
    consider(p, hull[j]);
    consider(pn, hull[j]);
  }
  return { length: Math.sqrt(best), a: ba, b: bb };
}
