import type { Geometry } from '@caliper/core';
import { asPatient, patientToVoxel, voxelIndex, voxelToPatient } from '@caliper/core';
import type { CroppedMask } from '@caliper/engine';

/**
 * The exclusion brush: every voxel of the PET grid whose centre lies within `radiusMm` of `centerMm`
 * (patient LPS mm; a sphere, whatever the voxel size) set to `value` (1 paint, 0 erase). Returns a
 * new cropped mask (the old one is never written: undo keeps it), bbox grown to hold the sphere when
 * painting and shrunk to the set voxels when erasing (null when none is left); the same object
 * when no voxel changes. `inPlace` (a mask made during the current brush stroke, no one else holds
 * it): when the sphere fits the bbox, its data is written directly (no copy of a whole-body mask
 * per pointer move) and a new object around the same data is returned; an erase then keeps the bbox.
 */
export function paintSphere(mask: CroppedMask | null, g: Geometry, centerMm: readonly [number, number, number], radiusMm: number, value: 0 | 1, options: { readonly inPlace?: boolean } = {}): CroppedMask | null {
  const dims = g.dimensions;
  const c = patientToVoxel(g, asPatient(centerMm));
  // The grid axes are orthonormal: a sphere spans radius / spacing voxels along each.
  const lo = [0, 1, 2].map((d) => Math.max(0, Math.ceil(c[d] - radiusMm / g.spacing[d] - 1e-9)));
  const hi = [0, 1, 2].map((d) => Math.min(dims[d] - 1, Math.floor(c[d] + radiusMm / g.spacing[d] + 1e-9)));
  const hits: [number, number, number][] = [];
  for (let k = lo[2]; k <= hi[2]; k++)
    for (let j = lo[1]; j <= hi[1]; j++)
      for (let i = lo[0]; i <= hi[0]; i++) {
        const p = voxelToPatient(g, voxelIndex(i, j, k));
        if ((p[0] - centerMm[0]) ** 2 + (p[1] - centerMm[1]) ** 2 + (p[2] - centerMm[2]) ** 2 <= radiusMm * radiusMm) hits.push([i, j, k]);
      }
  const b = mask?.bbox ?? null;
  const inside = (v: readonly number[]) => !!b && v.every((x, d) => x >= b[0][d] && x <= b[1][d]);
  const at = (bb: NonNullable<CroppedMask['bbox']>, v: readonly number[]) => {
    const li = bb[1][0] - bb[0][0] + 1, lj = bb[1][1] - bb[0][1] + 1;
    return ((v[2] - bb[0][2]) * lj + (v[1] - bb[0][1])) * li + (v[0] - bb[0][0]);
  };
  const changes = hits.filter((v) => (inside(v) ? mask!.data[at(b!, v)] : 0) !== value);
  if (!changes.length) return mask;
  if (options.inPlace && mask && b && (value === 0 || changes.every(inside))) {
    for (const v of changes) mask.data[at(b, v)] = value;
    return { ...mask };
  }
  // The new bbox: painting grows it by the changed voxels; erasing keeps it, then shrinks it below.
  const nlo = b ? [...b[0]] : [Infinity, Infinity, Infinity], nhi = b ? [...b[1]] : [-1, -1, -1];
  if (value) for (const v of changes) for (let d = 0; d < 3; d++) {
    nlo[d] = Math.min(nlo[d], v[d]);
    nhi[d] = Math.max(nhi[d], v[d]);
  }
  const nb: NonNullable<CroppedMask['bbox']> = [[nlo[0], nlo[1], nlo[2]], [nhi[0], nhi[1], nhi[2]]];
  const len = [0, 1, 2].map((d) => nb[1][d] - nb[0][d] + 1);
  const data = new Uint8Array(len[0] * len[1] * len[2]);
  if (b) {
    const l = [0, 1, 2].map((d) => b[1][d] - b[0][d] + 1);
    for (let k = 0; k < l[2]; k++)
      for (let j = 0; j < l[1]; j++) {
        const src = (k * l[1] + j) * l[0];
        data.set(mask!.data.subarray(src, src + l[0]), at(nb, [b[0][0], b[0][1] + j, b[0][2] + k]));
      }
  }
  for (const v of changes) data[at(nb, v)] = value;
  return value ? { dimensions: dims, bbox: nb, data } : shrink({ dimensions: dims, bbox: nb, data });
}

/** The mask cropped to its set voxels (null when there are none). */
function shrink(m: CroppedMask): CroppedMask | null {
  const b = m.bbox!;
  const len = [0, 1, 2].map((d) => b[1][d] - b[0][d] + 1);
  const lo = [Infinity, Infinity, Infinity], hi = [-1, -1, -1];
  for (let k = 0; k < len[2]; k++)
    for (let j = 0; j < len[1]; j++)
      for (let i = 0; i < len[0]; i++) {
        if (!m.data[(k * len[1] + j) * len[0] + i]) continue;
        const v = [i, j, k];
        for (let d = 0; d < 3; d++) {
          lo[d] = Math.min(lo[d], v[d]);
          hi[d] = Math.max(hi[d], v[d]);
        }
      }
  if (hi[0] < 0) return null;
  const l = [0, 1, 2].map((d) => hi[d] - lo[d] + 1);
  const data = new Uint8Array(l[0] * l[1] * l[2]);
  for (let k = 0; k < l[2]; k++)
    for (let j = 0; j < l[1]; j++) {
      const src = ((k + lo[2]) * len[1] + j + lo[1]) * len[0] + lo[0];
      data.set(m.data.subarray(src, src + l[0]), (k * l[1] + j) * l[0]);
    }
  return { dimensions: m.dimensions, bbox: [[b[0][0] + lo[0], b[0][1] + lo[1], b[0][2] + lo[2]], [b[0][0] + hi[0], b[0][1] + hi[1], b[0][2] + hi[2]]], data };
}
