import type { Geometry, Vec3 } from '@caliper/core';
import type { RigidTransform } from '../rigidTransform';

/** An axis-aligned ellipsoid in the scene's patient LPS mm (a radius of Infinity makes a cylinder). */
export interface Ellipsoid {
  readonly centre: Vec3;
  readonly radii: Vec3;
  /** Intensity inside (e.g. HU). */
  readonly value: number;
}

export interface RenderEllipsoidsOptions {
  /** Intensity outside every shape. */
  readonly background: number;
  /**
   * Where the grid sits in the scene: voxel centre p (the grid's patient mm) shows the scene at
   * transform(p). For a "current" study aligned to a prior rendered without a transform, this is
   * exactly the current → prior transform alignRigid must recover.
   */
  readonly transform?: RigidTransform;
  /** Uniform noise of ± this amplitude added to every voxel (then rounded for integer arrays). */
  readonly noise?: number;
  readonly seed?: number;
}

/**
 * Test and benchmark phantoms with analytic ground truth: point-samples a list of ellipsoids
 * (later ones paint over earlier ones) at every voxel centre. Each row is a line through the
 * scene, so each shape covers an interval of it found by solving one quadratic: no per-voxel
 * inside test, fast enough for a 512×512×300 grid.
 */
export function renderEllipsoids(geometry: Geometry, shapes: readonly Ellipsoid[], out: Int16Array | Float32Array, options: RenderEllipsoidsOptions): void {
  const [ni, nj, nk] = geometry.dimensions;
  const [di, dj, dk] = geometry.spacing;
  const R = options.transform?.rotation ?? [1, 0, 0, 0, 1, 0, 0, 0, 1];
  const t = options.transform?.translationMm ?? [0, 0, 0];
  const rot = (v: readonly number[]) => [0, 1, 2].map((r) => R[3 * r] * v[0] + R[3 * r + 1] * v[1] + R[3 * r + 2] * v[2]);
  const rd = geometry.rowDirection, cd = geometry.columnDirection, sd = geometry.sliceDirection, o = geometry.origin;
  const step = rot([rd[0] * di, rd[1] * di, rd[2] * di]);
  let x = (options.seed ?? 12345) >>> 0 || 1;
  const amp = options.noise ?? 0;
  const round = out instanceof Int16Array;
  for (let k = 0; k < nk; k++)
    for (let j = 0; j < nj; j++) {
      const row = (k * nj + j) * ni;
      const p = [0, 1, 2].map((d) => o[d] + j * dj * cd[d] + k * dk * sd[d]);
      const q0 = rot(p).map((v, d) => v + t[d]);
      out.fill(options.background, row, row + ni);
      for (const s of shapes) {
        let a = 0, b = 0, c = -1;
        for (let d = 0; d < 3; d++) {
          const r = s.radii[d];
          if (r === Infinity) continue;
          const e = (q0[d] - s.centre[d]) / r, f = step[d] / r;
          a += f * f;
          b += e * f;
          c += e * e;
        }
        let lo = 0, hi = ni - 1;
        if (a === 0) {
          if (c > 0) continue;
        } else {
          const disc = b * b - a * c;
          if (disc < 0) continue;
          const sq = Math.sqrt(disc);
          lo = Math.max(lo, Math.ceil((-b - sq) / a));
          hi = Math.min(hi, Math.floor((-b + sq) / a));
        }
        if (lo <= hi) out.fill(s.value, row + lo, row + hi + 1);
      }
      if (amp > 0)
        for (let i = row; i < row + ni; i++) {
          x ^= x << 13;
          x ^= x >>> 17;
          x ^= x << 5;
          const v = out[i] + amp * (2 * ((x >>> 0) / 4294967296) - 1);
          out[i] = round ? Math.round(v) : v;
        }
    }
}
