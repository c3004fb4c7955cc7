import type { Geometry, Mask, PatientPoint, Vec3 } from '@caliper/core';
import { patientPoint, patientToVoxel } from '@caliper/core';
import { clampBbox, createMask } from './createMask';
import { computeMaskBbox } from './computeMaskBbox';

/**
 * A box of any orientation (patient LPS mm): the points p with |(p − centre)·axes[a]| ≤ halfMm[a]
 * for a = 0, 1, 2. `axes` are orthonormal.
 */
export interface OrientedBox {
  readonly centerMm: PatientPoint;
  readonly axes: readonly [Vec3, Vec3, Vec3];
  /** Half the box's extent along each axis, mm (may be very large: a prism through a whole MIP). */
  readonly halfMm: readonly [number, number, number];
}

export interface OrientedBoxToMaskOptions {
  readonly out?: Uint8Array;
  /** `out` is known to be all zero: skip clearing it (see createMask). */
  readonly outIsZeroed?: boolean;
}

/** Points on a box face count as inside (mm): a voxel centre exactly on a face is taken, as in boxToMask. */
const EPS_MM = 1e-9;

/**
 * Voxels whose centre lies in an oriented box — e.g. a rectangle drawn on a rotated view swept
 * along the view's normal. Exact for any grid and box orientation (no axis-aligned hull): each
 * face pair is a linear condition on the voxel index, so every grid row is one interval of i.
 */
export function orientedBoxToMask(geometry: Geometry, box: OrientedBox, options: OrientedBoxToMaskOptions = {}): Mask {
  const mask = createMask(geometry.dimensions, { out: options.out, outIsZeroed: options.outIsZeroed });
  const { centerMm: c, axes, halfMm } = box;
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let corner = 0; corner < 8; corner++) {
    const p = [0, 1, 2].map((d) => c[d] + [0, 1, 2].reduce((t, a) => t + ((corner >> a) & 1 ? 1 : -1) * halfMm[a] * axes[a][d], 0));
    const v = patientToVoxel(geometry, patientPoint(p[0], p[1], p[2]));
    for (let d = 0; d < 3; d++) {
      lo[d] = Math.min(lo[d], Math.floor(v[d] + 1e-6));
      hi[d] = Math.max(hi[d], Math.ceil(v[d] - 1e-6));
    }
  }
  const bb = clampBbox(geometry.dimensions, lo, hi);
  if (!bb) return mask;
  const [ni, nj] = geometry.dimensions;
  const dir = [geometry.rowDirection, geometry.columnDirection, geometry.sliceDirection];
  const dot = (u: readonly number[], v: readonly number[]) => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  // Projection on axis a of voxel (i, j, k)'s offset from the centre: base[a] + i·step[a][0] + j·step[a][1] + k·step[a][2].
  const o = [geometry.origin[0] - c[0], geometry.origin[1] - c[1], geometry.origin[2] - c[2]];
  const base = axes.map((ax) => dot(o, ax));
  const step = axes.map((ax) => dir.map((dv, d) => dot(dv, ax) * geometry.spacing[d]));
  let any = false;
  for (let k = bb[0][2]; k <= bb[1][2]; k++) {
    for (let j = bb[0][1]; j <= bb[1][1]; j++) {
      let i0 = bb[0][0], i1 = bb[1][0];
      for (let a = 0; a < 3 && i0 <= i1; a++) {
        const at0 = base[a] + j * step[a][1] + k * step[a][2];
        const h = halfMm[a] + EPS_MM;
        const s = step[a][0];
        if (Math.abs(s) < 1e-12) {
          if (Math.abs(at0) > h) i1 = i0 - 1;
          continue;
        }
        // −h ≤ at0 + i·s ≤ h
        const e0 = (-h - at0) / s, e1 = (h - at0) / s;
        i0 = Math.max(i0, Math.ceil(Math.min(e0, e1)));
        i1 = Math.min(i1, Math.floor(Math.max(e0, e1)));
      }
      if (i0 > i1) continue;
      const row = (k * nj + j) * ni;
      mask.data.fill(1, row + i0, row + i1 + 1);
      any = true;
    }
  }
  return any ? { ...mask, bbox: computeMaskBbox(geometry.dimensions, mask.data, { within: bb }) } : mask;
}
