/**
 * Convex hull of 2D points (Andrew's monotone chain), counter-clockwise, collinear points dropped.
 * xs/ys hold the points; returns indices into them. O(n log n).
 */
export function convexHull2d(xs: ArrayLike<number>, ys: ArrayLike<number>): number[] {
  const n = xs.length;
  const idx = Array.from({ length: n }, (_, q) => q).sort((a, b) => xs[a] - xs[b] || ys[a] - ys[b]);
  if (n <= 2) return idx;
  const cross = (o: number, a: number, b: number): number => (xs[a] - xs[o]) * (ys[b] - ys[o]) - (ys[a] - ys[o]) * (xs[b] - xs[o]);
  const hull: number[] = [];
  for (const p of idx) {
    while (hull.length >= 2 && cross(hull[hull.length - 2], hull[hull.length - 1], p) <= 0) hull.pop();
    hull.push(p);
  }
  const lower = hull.length + 1;
  for (let q = n - 2; q >= 0; q--) {
    const p = idx[q];
    while (hull.length >= lower && cross(hull[hull.length - 2], hull[hull.length - 1], p) <= 0) hull.pop();
    hull.push(p);
  }
  hull.pop();
  // All points equal: the chain collapses to one point.
  return hull.length === 0 ? [idx[0]] : hull;
}
