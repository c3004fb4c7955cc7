import type { Geometry, Mask, PatientPoint } from '@caliper/core';
import { patientToVoxel } from '@caliper/core';
import { createMask } from '../mask/createMask';
import { computeMaskBbox } from '../mask/computeMaskBbox';
import { inPlaneCoordinates } from './inPlaneCoordinates';

export interface ContoursToMaskOptions {
  readonly out?: Uint8Array;
  /** Largest distance (in slices) between a contour's plane and the nearest slice centre. Default 0.5. */
  readonly sliceTolerance?: number;
}

export interface ContoursToMaskResult {
  readonly mask: Mask;
  /** Contours that lie on no slice of the grid (out of range or between slices), by index. */
  readonly skipped: number[];
}

/**
 * Rasterise planar contours (e.g. an RTSTRUCT ROI's ContourData, patient LPS mm) onto the grid's
 * slices: each contour goes to its nearest slice; a voxel is inside when its centre is inside the
 * contour or on it (inclusive); contours on the same slice combine by XOR (even-odd), so inner
 * contours cut holes as in DICOM RT. Scanline fill: crossings of each row line with the edges.
 */
export function contoursToMask(geometry: Geometry, contours: readonly (readonly PatientPoint[])[], options: ContoursToMaskOptions = {}): ContoursToMaskResult {
  const mask = createMask(geometry.dimensions, { out: options.out });
  const [ni, nj, nk] = geometry.dimensions;
  const [si, sj] = geometry.spacing;
  const tol = options.sliceTolerance ?? 0.5;
  const skipped: number[] = [];
  const slice = new Uint8Array(ni * nj);
  contours.forEach((pts, c) => {
    const n = pts.length;
    if (n < 3) return void skipped.push(c);
    const kc = pts.reduce((a, p) => a + patientToVoxel(geometry, p)[2], 0) / n;
    const k = Math.round(kc);
    if (k < 0 || k >= nk || Math.abs(kc - k) > tol) return void skipped.push(c);
    const u = new Float64Array(n), v = new Float64Array(n);
    for (let q = 0; q < n; q++) [u[q], v[q]] = inPlaneCoordinates(geometry, pts[q]);
    slice.fill(0);
    fillPolygon(u, v, si, sj, ni, nj, slice);
    const base = k * ni * nj;
    for (let q = 0; q < ni * nj; q++) if (slice[q]) mask.data[base + q] ^= 1;
  });
  return { mask: { ...mask, bbox: computeMaskBbox(geometry.dimensions, mask.data) }, skipped };
}

/** Even-odd scanline fill of one polygon (mm, in-plane) into a slice buffer; boundary inclusive. */
function fillPolygon(u: Float64Array, v: Float64Array, si: number, sj: number, ni: number, nj: number, out: Uint8Array): void {
  const n = u.length;
  const eps = 1e-9;
  const xs: number[] = [];
  const j0 = Math.max(0, Math.ceil(Math.min(...v) / sj - eps)), j1 = Math.min(nj - 1, Math.floor(Math.max(...v) / sj + eps));
  const set = (j: number, x0: number, x1: number): void => {
    const a = Math.max(0, Math.ceil(x0 / si - eps)), b = Math.min(ni - 1, Math.floor(x1 / si + eps));
    for (let i = a; i <= b; i++) out[j * ni + i] = 1;
  };
  for (let j = j0; j <= j1; j++) {
    const y = j * sj;
    xs.length = 0;
    for (let a = 0, b = n - 1; a < n; b = a++) {
      const ay = v[a], by = v[b];
      if (ay > y !== by > y) xs.push(u[a] + ((y - ay) * (u[b] - u[a])) / (by - ay));
      // Edges lying on the row line (and vertices on it) are boundary: inclusive.
      if (Math.abs(ay - y) <= eps && Math.abs(by - y) <= eps) set(j, Math.min(u[a], u[b]), Math.max(u[a], u[b]));
      else if (Math.abs(ay - y) <= eps) set(j, u[a], u[a]);
    }
    xs.sort((p, q) => p - q);
    for (let q = 0; q + 1 < xs.length; q += 2) set(j, xs[q], xs[q + 1]);
  }
}
