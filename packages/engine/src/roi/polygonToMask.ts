import type { Geometry, Mask, PatientPoint } from '@caliper/core';
import { clampBbox, createMask } from '../mask/createMask';
import { computeMaskBbox } from '../mask/computeMaskBbox';
import { inPlaneCoordinates } from './inPlaneCoordinates';

export interface PolygonToMaskOptions {
  readonly out?: Uint8Array;
  /** `out` is known to be all zero: skip clearing it (see createMask). */
  readonly outIsZeroed?: boolean;
  /** Distance (mm) under which a voxel centre counts as on the boundary (inclusive). Default 1e-6. */
  readonly boundaryToleranceMm?: number;
}

/**
 * Rasterise a closed 2D polygon on slice `sliceIndex`: a voxel of that slice belongs iff its centre
 * is inside the polygon or on its boundary. Vertices are patient LPS mm; they are projected onto
 * the slice plane (the out-of-plane component is ignored). Even-odd rule for self-intersections.
 */
export function polygonToMask(geometry: Geometry, sliceIndex: number, pointsMm: readonly PatientPoint[], options: PolygonToMaskOptions = {}): Mask {
  const mask = createMask(geometry.dimensions, { out: options.out, outIsZeroed: options.outIsZeroed });
  const n = pointsMm.length;
  if (n < 3 || sliceIndex < 0 || sliceIndex >= geometry.dimensions[2]) return mask;
  const u = new Float64Array(n), v = new Float64Array(n);
  for (let p = 0; p < n; p++) [u[p], v[p]] = inPlaneCoordinates(geometry, pointsMm[p]);
  const [si, sj] = geometry.spacing;
  const box = clampBbox(
    geometry.dimensions,
    [Math.floor(Math.min(...u) / si), Math.floor(Math.min(...v) / sj), sliceIndex],
    [Math.ceil(Math.max(...u) / si), Math.ceil(Math.max(...v) / sj), sliceIndex],
  );
  if (!box) return mask;
  const tol = options.boundaryToleranceMm ?? 1e-6;
  const [ni, nj] = geometry.dimensions;
  for (let j = box[0][1]; j <= box[1][1]; j++) {
    const y = j * sj;
    const row = (sliceIndex * nj + j) * ni;
    for (let i = box[0][0]; i <= box[1][0]; i++) {
      if (insideOrOn(i * si, y, u, v, tol)) mask.data[row + i] = 1;
    }
  }
  return { ...mask, bbox: computeMaskBbox(geometry.dimensions, mask.data, { within: box }) };
}

function insideOrOn(x: number, y: number, u: Float64Array, v: Float64Array, tol: number): boolean {
  let inside = false;
  const n = u.length;
  for (let a = 0, b = n - 1; a < n; b = a++) {
    const ax = u[a], ay = v[a], bx = u[b], by = v[b];
    const ex = bx - ax, ey = by - ay;
    const len2 = ex * ex + ey * ey;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / len2)) : 0;
    const dx = ax + t * ex - x, dy = ay + t * ey - y;
    if (dx * dx + dy * dy <= tol * tol) return true;
    if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside;
}
