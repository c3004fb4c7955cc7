import type { Vec3 } from '@caliper/core';
import type { Orientation } from '../model/instance';

export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

export function normalize(v: Vec3): Vec3 {
  const n = Math.hypot(v[0], v[1], v[2]);
  return n > 0 ? [v[0] / n, v[1] / n, v[2] / n] : v;
}

/** Unit row direction, column direction and normal (row × column) of an orientation. */
export function axesOf(o: Orientation): { row: Vec3; col: Vec3; normal: Vec3 } {
  const row = normalize([o[0], o[1], o[2]]);
  const col = normalize([o[3], o[4], o[5]]);
  const normal = normalize([row[1] * col[2] - row[2] * col[1], row[2] * col[0] - row[0] * col[2], row[0] * col[1] - row[1] * col[0]]);
  return { row, col, normal };
}
