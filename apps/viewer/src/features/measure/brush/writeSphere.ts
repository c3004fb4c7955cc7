import type { Geometry, PatientPoint } from '@caliper/core';
import { patientToVoxel } from '@caliper/core';
import type { WritableSliceGetter } from './writeSegmentMask';

export interface WriteSphereOptions {
  /** Clear the sphere's voxels (every segment there) instead of filling them with `value`. */
  readonly erase?: boolean;
}

export interface WriteSphereResult {
  /** Slices (k) whose voxels changed, ascending. */
  readonly changed: number[];
  /** Voxels of the grid inside the sphere (whatever they held before). */
  readonly inside: number;
}

/**
 * Sphere scissors on a labelmap: every voxel whose centre lies inside the sphere
 * (|centre - p| <= radius, inclusive; the same rule as the engine's sphereToMask, so a cut and a
 * PET sphere ROI of the same geometry hold the same voxels) becomes `value` (or 0 with `erase`).
 * Centre in patient LPS mm, radius in mm (a true sphere in mm on anisotropic grids, not an
 * ellipsoid in voxels). Only the sphere's bounding box is visited.
 */
export function writeSphere(slice: WritableSliceGetter, geometry: Geometry, centerMm: PatientPoint, radiusMm: number, value: number, options: WriteSphereOptions = {}): WriteSphereResult {
  const [ni, nj, nk] = geometry.dimensions;
  const r = radiusMm;
  if (!(r >= 0)) return { changed: [], inside: 0 };
  const c = patientToVoxel(geometry, centerMm);
  const [si, sj, sk] = geometry.spacing;
  const lo = (x: number, s: number) => Math.max(0, Math.ceil(x - r / s - 1e-9));
  const hi = (x: number, s: number, n: number) => Math.min(n - 1, Math.floor(x + r / s + 1e-9));
  const i0 = lo(c[0], si), i1 = hi(c[0], si, ni);
  const j0 = lo(c[1], sj), j1 = hi(c[1], sj, nj);
  const k0 = lo(c[2], sk), k1 = hi(c[2], sk, nk);
  const write = options.erase ? 0 : value;
  // Direction cosines are orthonormal, so distances can be taken in grid-aligned mm.
  const r2 = r * r * (1 + 1e-12);
  const changed: number[] = [];
  let inside = 0;
  for (let k = k0; k <= k1; k++) {
    const dz = (k - c[2]) * sk;
    const s = slice(k);
    let touched = false;
    for (let j = j0; j <= j1; j++) {
      const dy = (j - c[1]) * sj;
      const dyz = dy * dy + dz * dz;
      if (dyz > r2) continue;
      const row = j * ni;
      for (let i = i0; i <= i1; i++) {
        const dx = (i - c[0]) * si;
        if (dx * dx + dyz > r2) continue;
        inside++;
        if (s && s[row + i] !== write) {
          s[row + i] = write;
          touched = true;
        }
      }
    }
    if (touched) changed.push(k);
  }
  return { changed, inside };
}
