import type { Geometry, Mask } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import { clampBbox, createMask } from '../mask/createMask';
import type { Dims } from '../mask/createMask';
import { computeMaskBbox } from '../mask/computeMaskBbox';

/** 4x4 affine, row-major, mapping a source voxel index (i, j, k, 1) to patient LPS mm. */
export type Affine4 = readonly number[];

export interface SourceMask {
  readonly dimensions: Dims;
  /** Non-zero = inside; i-fastest like every grid here. */
  readonly data: ArrayLike<number>;
  /** Voxel index -> patient **LPS** mm. A NIfTI sform/qform is RAS: the caller negates its first
   *  two rows (x, y) before passing it here. */
  readonly affine: Affine4;
}

export interface MapMaskByAffineOptions {
  readonly out?: Uint8Array;
  /** `out` is known to be all zero: skip clearing it (see createMask). */
  readonly outIsZeroed?: boolean;
  /** Only source voxels with this value count (e.g. a label in a multi-label NIfTI). Default: any non-zero. */
  readonly label?: number;
}

/**
 * Map a mask defined on another grid onto `geometry`: each target voxel takes the value of the
 * source voxel nearest to its centre (nearest-neighbour at target voxel centres), so any
 * orientation and resolution work. Work is bounded to the target box covering the source mask.
 */
export function mapMaskByAffine(geometry: Geometry, source: SourceMask, options: MapMaskByAffineOptions = {}): Mask {
  const mask = createMask(geometry.dimensions, { out: options.out, outIsZeroed: options.outIsZeroed });
  const inv = invertAffine(source.affine);
  const sd = source.dimensions;
  const src = source.data;
  const label = options.label;
  const hit = (x: number): boolean => (label === undefined ? x !== 0 : x === label);
  const sb = sourceBbox(sd, src, hit);
  if (!sb) return mask;
  // Target box: project the source box corners (extended by half a voxel) into target index space.
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
  const A = source.affine;
  for (let c = 0; c < 8; c++) {
    const i = c & 1 ? sb[1][0] + 0.5 : sb[0][0] - 0.5, j = c & 2 ? sb[1][1] + 0.5 : sb[0][1] - 0.5, k = c & 4 ? sb[1][2] + 0.5 : sb[0][2] - 0.5;
    const p = [A[0] * i + A[1] * j + A[2] * k + A[3], A[4] * i + A[5] * j + A[6] * k + A[7], A[8] * i + A[9] * j + A[10] * k + A[11]];
    const t = toIndex(geometry, p);
    for (let d = 0; d < 3; d++) {
      lo[d] = Math.min(lo[d], Math.floor(t[d]) - 1);
      hi[d] = Math.max(hi[d], Math.ceil(t[d]) + 1);
    }
  }
  const box = clampBbox(geometry.dimensions, lo, hi);
  if (!box) return mask;
  const [ni, nj] = geometry.dimensions;
  for (let k = box[0][2]; k <= box[1][2]; k++) {
    for (let j = box[0][1]; j <= box[1][1]; j++) {
      const row = (k * nj + j) * ni;
      for (let i = box[0][0]; i <= box[1][0]; i++) {
        const p = voxelToPatient(geometry, voxelIndex(i, j, k));
        const si = Math.round(inv[0] * p[0] + inv[1] * p[1] + inv[2] * p[2] + inv[3]);
        const sj = Math.round(inv[4] * p[0] + inv[5] * p[1] + inv[6] * p[2] + inv[7]);
        const sk = Math.round(inv[8] * p[0] + inv[9] * p[1] + inv[10] * p[2] + inv[11]);
        if (si < 0 || sj < 0 || sk < 0 || si >= sd[0] || sj >= sd[1] || sk >= sd[2]) continue;
        if (hit(src[si + sd[0] * (sj + sd[1] * sk)])) mask.data[row + i] = 1;
      }
    }
  }
  return { ...mask, bbox: computeMaskBbox(geometry.dimensions, mask.data, { within: box }) };
}

function toIndex(g: Geometry, p: readonly number[]): number[] {
  const d = [p[0] - g.origin[0], p[1] - g.origin[1], p[2] - g.origin[2]];
  const dot = (v: readonly number[]) => d[0] * v[0] + d[1] * v[1] + d[2] * v[2];
  return [dot(g.rowDirection) / g.spacing[0], dot(g.columnDirection) / g.spacing[1], dot(g.sliceDirection) / g.spacing[2]];
}

function sourceBbox(sd: Dims, src: ArrayLike<number>, hit: (x: number) => boolean): [number[], number[]] | null {
  const lo = [Infinity, Infinity, Infinity], hi = [-1, -1, -1];
  for (let k = 0, n = 0; k < sd[2]; k++)
    for (let j = 0; j < sd[1]; j++)
      for (let i = 0; i < sd[0]; i++, n++) {
        if (!hit(src[n])) continue;
        if (i < lo[0]) lo[0] = i;
        if (i > hi[0]) hi[0] = i;
        if (j < lo[1]) lo[1] = j;
        if (j > hi[1]) hi[1] = j;
        if (k < lo[2]) lo[2] = k;
        if (k > hi[2]) hi[2] = k;
      }
  return hi[0] < 0 ? null : [lo, hi];
}

/** Inverse of an affine 4x4 (row-major; last row 0 0 0 1), as its first three rows. */
export function invertAffine(a: Affine4): number[] {
  const [m00, m01, m02, t0, m10, m11, m12, t1, m20, m21, m22, t2] = a;
  const c00 = m11 * m22 - m12 * m21, c01 = m02 * m21 - m01 * m22, c02 = m01 * m12 - m02 * m11;
  const c10 = m12 * m20 - m10 * m22, c11 = m00 * m22 - m02 * m20, c12 = m02 * m10 - m00 * m12;
  const c20 = m10 * m21 - m11 * m20, c21 = m01 * m20 - m00 * m21, c22 = m00 * m11 - m01 * m10;
  const det = m00 * c00 + m01 * c10 + m02 * c20;
  if (det === 0) throw new Error('mapMaskByAffine: singular affine');
  const r = [c00, c01, c02, c10, c11, c12, c20, c21, c22].map((x) => x / det);
  return [
    r[0], r[1], r[2], -(r[0] * t0 + r[1] * t1 + r[2] * t2),
    r[3], r[4], r[5], -(r[3] * t0 + r[4] * t1 + r[5] * t2),
    r[6], r[7], r[8], -(r[6] * t0 + r[7] * t1 + r[8] * t2),
  ];
}
