/**
 * Index of the slice whose position (LPS mm) lies nearest a point along the stack's normal, or -1
 * when no slice is within `maxDistanceMm` (a target that does not cover the point stays where it
 * is) or none has a position. Distance along the normal, not 3-D: in-plane offsets between two
 * series of one frame of reference do not change which plane is the same.
 */
export function closestSlice(point: readonly number[], positions: readonly (readonly number[] | undefined)[], normal: readonly number[], maxDistanceMm: number): number {
  let best = -1;
  let bestD = Infinity;
  positions.forEach((p, i) => {
    if (!p) return;
    const d = Math.abs((p[0] - point[0]) * normal[0] + (p[1] - point[1]) * normal[1] + (p[2] - point[2]) * normal[2]);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return bestD <= maxDistanceMm ? best : -1;
}
