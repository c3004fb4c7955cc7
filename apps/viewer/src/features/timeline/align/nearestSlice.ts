import type { PatientPoint, Vec3 } from '@caliper/core';

export interface NearestSlice {
  readonly index: number;
  /** Distance (mm) along the stack normal from the point to that slice's plane. */
  readonly distanceMm: number;
}

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/**
 * The slice of a stack whose plane is nearest to a point, measured along the stack's normal (not
 * by distance between image corners, which mixes in-plane offsets). All in one frame, LPS mm.
 * Returns index −1 for an empty stack.
 */
export function nearestSlice(positions: readonly PatientPoint[], normal: Vec3, point: PatientPoint): NearestSlice {
  const d = dot(point, normal);
  let best = { index: -1, distanceMm: Infinity };
  positions.forEach((p, index) => {
    const distanceMm = Math.abs(dot(p, normal) - d);
    if (distanceMm < best.distanceMm) best = { index, distanceMm };
  });
  return best;
}

/** Centre of image `k` of a stack (LPS mm): its position plus half the image in-plane. */
export function sliceCentre(
  g: { positions: readonly PatientPoint[]; rowDirection: Vec3; columnDirection: Vec3; pixelSpacing: readonly [number, number]; rows: number; columns: number },
  k: number,
): [number, number, number] {
  const p = g.positions[k];
  const di = ((g.columns - 1) / 2) * g.pixelSpacing[1];
  const dj = ((g.rows - 1) / 2) * g.pixelSpacing[0];
  return [0, 1, 2].map((a) => p[a] + di * g.rowDirection[a] + dj * g.columnDirection[a]) as [number, number, number];
}
