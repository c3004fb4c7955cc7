import type { Geometry, Mask, PatientPoint } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import { convexHull2d } from './convexHull2d';
import { hullDiameter } from './hullDiameter';

export interface Recist {
  /** Longest in-plane diameter, mm. */
  readonly longMm: number;
  /** Longest diameter perpendicular (within tolerance) to the long axis on the same slice, mm. */
  readonly shortMm: number;
  /** Acquisition slice (k) on which the long axis was found. */
  readonly sliceIndex: number;
  /** End points, patient LPS mm. */
  readonly long: readonly [PatientPoint, PatientPoint];
  readonly short: readonly [PatientPoint, PatientPoint];
}

export interface MeasureRecistOptions {
  /** Largest deviation (degrees) from exact perpendicularity accepted for the short axis. Default 5. */
  readonly perpendicularToleranceDeg?: number;
}

/**
 * RECIST 1.1 diameters of a ROI, voxel-centre based: on every acquisition slice k the long axis is
 * the largest distance between two ROI voxel centres of that slice (exact: convex hull of the
 * per-row extreme voxel centres, then rotating calipers); the slice with the largest one wins (the
 * lowest k on ties). The short axis is, on that slice, the largest distance between two ROI boundary
 * voxel centres (4-neighbourhood boundary) whose direction is within `perpendicularToleranceDeg` of
 * the perpendicular to the long axis. Distances are in mm (anisotropic pixels handled); diameters
 * are therefore centre-to-centre and about one pixel shorter than edge-to-edge extents.
 * Returns null for an empty mask.
 */
export function measureRecist(geometry: Geometry, mask: Mask, options: MeasureRecistOptions = {}): Recist | null {
  const b = mask.bbox;
  if (!b) return null;
  const [ni, nj] = mask.dimensions;
  const [si, sj] = geometry.spacing;
  const m = mask.data;
  const rows = b[1][1] - b[0][1] + 1;
  const xs = new Float64Array(2 * rows), ys = new Float64Array(2 * rows);
  let best = { len: -1, k: -1, a: [0, 0], b: [0, 0] };
  for (let k = b[0][2]; k <= b[1][2]; k++) {
    let n = 0;
    for (let j = b[0][1]; j <= b[1][1]; j++) {
      const row = (k * nj + j) * ni;
      let first = -1, last = -1;
      for (let i = b[0][0]; i <= b[1][0]; i++)
        if (m[row + i] !== 0) {
          if (first < 0) first = i;
          last = i;
        }
      if (first < 0) continue;
      xs[n] = first * si;
      ys[n++] = j * sj;
      if (last !== first) {
        xs[n] = last * si;
        ys[n++] = j * sj;
      }
    }
    if (n === 0) continue;
    const px = xs.subarray(0, n), py = ys.subarray(0, n);
    const d = hullDiameter(px, py, convexHull2d(px, py));
    if (d.length > best.len) best = { len: d.length, k, a: [px[d.a], py[d.a]], b: [px[d.b], py[d.b]] };
  }
  const k = best.k;
  const short = shortAxis(mask, k, si, sj, best.a, best.b, options.perpendicularToleranceDeg ?? 5);
  const toLps = (p: readonly number[]): PatientPoint => voxelToPatient(geometry, voxelIndex(p[0] / si, p[1] / sj, k));
  return {
    longMm: best.len,
    shortMm: short.len,
    sliceIndex: k,
    long: [toLps(best.a), toLps(best.b)],
    short: [toLps(short.a), toLps(short.b)],
  };
}

function shortAxis(mask: Mask, k: number, si: number, sj: number, la: number[], lb: number[], tolDeg: number) {
  const b = mask.bbox!;
  const [ni, nj] = mask.dimensions;
  const m = mask.data;
  const at = (i: number, j: number): boolean => i >= 0 && j >= 0 && i < ni && j < nj && m[(k * nj + j) * ni + i] !== 0;
  const bx: number[] = [], by: number[] = [];
  for (let j = b[0][1]; j <= b[1][1]; j++)
    for (let i = b[0][0]; i <= b[1][0]; i++)
      if (at(i, j) && !(at(i - 1, j) && at(i + 1, j) && at(i, j - 1) && at(i, j + 1))) {
        bx.push(i * si);
        by.push(j * sj);
      }
  let ux = lb[0] - la[0], uy = lb[1] - la[1];
  const ul = Math.hypot(ux, uy);
  let res = { len: 0, a: la, b: la };
  if (ul === 0) return res;
  ux /= ul;
  uy /= ul;
  // |cos(angle to the long axis)| <= sin(tol)  <=>  within tol of perpendicular.
  const maxCos = Math.sin((tolDeg * Math.PI) / 180);
  let best2 = 0;
  for (let p = 0; p < bx.length; p++)
    for (let q = p + 1; q < bx.length; q++) {
      const dx = bx[q] - bx[p], dy = by[q] - by[p];
      const d2 = dx * dx + dy * dy;
      if (d2 <= best2) continue;
      const c = dx * ux + dy * uy;
      if (c * c <= maxCos * maxCos * d2) {
        best2 = d2;
        res = { len: Math.sqrt(d2), a: [bx[p], by[p]], b: [bx[q], by[q]] };
      }
    }
  return res;
}
