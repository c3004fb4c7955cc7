import type { Vec3 } from '@caliper/core';
import { currentPoint, priorPoint, type CurrentPoint, type PriorPoint, type RigidTransform } from './types';

export const IDENTITY_ROTATION: readonly number[] = [1, 0, 0, 0, 1, 0, 0, 0, 1];

/** A pure translation (mm). */
export const translation = (t: Vec3): RigidTransform => ({ rotation: IDENTITY_ROTATION, translationMm: [t[0], t[1], t[2]] });

export const IDENTITY: RigidTransform = translation([0, 0, 0]);

/** R · v for a row-major 3×3 matrix. */
export function rotate(r: readonly number[], v: ArrayLike<number>): Vec3 {
  return [
    r[0] * v[0] + r[1] * v[1] + r[2] * v[2],
    r[3] * v[0] + r[4] * v[1] + r[5] * v[2],
    r[6] * v[0] + r[7] * v[1] + r[8] * v[2],
  ];
}

/** Rᵀ (the inverse of a rotation). */
export const transpose = (r: readonly number[]): number[] => [r[0], r[3], r[6], r[1], r[4], r[7], r[2], r[5], r[8]];

/** Maps a current point (LPS mm) into the prior's frame: R · p + t. */
export function toPrior(t: RigidTransform, p: CurrentPoint): PriorPoint {
  const q = rotate(t.rotation, p);
  return priorPoint([q[0] + t.translationMm[0], q[1] + t.translationMm[1], q[2] + t.translationMm[2]]);
}

/** Maps a prior point back into the current's frame: Rᵀ · (p − t). */
export function toCurrent(t: RigidTransform, p: PriorPoint): CurrentPoint {
  const d = [p[0] - t.translationMm[0], p[1] - t.translationMm[1], p[2] - t.translationMm[2]];
  return currentPoint(rotate(transpose(t.rotation), d));
}

/** Maps a direction (no translation) from the current frame to the prior's. */
export const directionToPrior = (t: RigidTransform, v: Vec3): Vec3 => rotate(t.rotation, v);
export const directionToCurrent = (t: RigidTransform, v: Vec3): Vec3 => rotate(transpose(t.rotation), v);

/**
 * Why a value is not a usable rigid transform (9 finite numbers forming an orthonormal matrix with
 * determinant +1, within `tol`; 3 finite translation components), or undefined when it is.
 */
export function rigidTransformProblem(t: { rotation?: unknown; translationMm?: unknown }, tol = 1e-3): string | undefined {
  const r = t.rotation;
  const tr = t.translationMm;
  if (!Array.isArray(r) || r.length !== 9 || r.some((x) => typeof x !== 'number' || !Number.isFinite(x))) return 'rotation must be 9 finite numbers (row-major 3×3)';
  if (!Array.isArray(tr) || tr.length !== 3 || tr.some((x) => typeof x !== 'number' || !Number.isFinite(x))) return 'translationMm must be 3 finite numbers';
  const rows = [r.slice(0, 3), r.slice(3, 6), r.slice(6, 9)] as number[][];
  const dot = (a: number[], b: number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      if (Math.abs(dot(rows[i], rows[j]) - (i === j ? 1 : 0)) > tol) return 'rotation is not orthonormal';
    }
  }
  const det = dot(rows[0], [rows[1][1] * rows[2][2] - rows[1][2] * rows[2][1], rows[1][2] * rows[2][0] - rows[1][0] * rows[2][2], rows[1][0] * rows[2][1] - rows[1][1] * rows[2][0]]);
  if (Math.abs(det - 1) > tol) return 'rotation is a reflection (determinant −1)';
  return undefined;
}

/**
 * The transform as a column-major 4×4 (gl-matrix / vtk / Cornerstone's spatial registration
 * convention), current → prior.
 */
export function toMat4(t: RigidTransform): number[] {
  const r = t.rotation;
  const [x, y, z] = t.translationMm;
  return [r[0], r[3], r[6], 0, r[1], r[4], r[7], 0, r[2], r[5], r[8], 0, x, y, z, 1];
}

/** Rotation by `deg` degrees about a LPS axis (0 = x, 1 = y, 2 = z), right-handed. */
export function axisRotation(axis: 0 | 1 | 2, deg: number): number[] {
  const c = Math.cos((deg * Math.PI) / 180);
  const s = Math.sin((deg * Math.PI) / 180);
  if (axis === 0) return [1, 0, 0, 0, c, -s, 0, s, c];
  if (axis === 1) return [c, 0, s, 0, 1, 0, -s, 0, c];
  return [c, -s, 0, s, c, 0, 0, 0, 1];
}
