import type { Volume } from '@caliper/core';
import { computeInsideDistanceSq } from './computeInsideDistanceSq';

export type VoxelBox = readonly [readonly [number, number, number], readonly [number, number, number]];

export interface FindDeepestPointsOptions {
  /** Inclusive voxel box searched; everything outside it counts as outside the region. */
  readonly box: VoxelBox;
  /** Does voxel (i, j, k) with value v (smoothed when `smooth`) and unsmoothed value raw belong to the region? */
  readonly accept: (v: number, i: number, j: number, k: number, raw: number) => boolean;
  /** 3-tap mean along each axis before `accept` (noise), default true. */
  readonly smooth?: boolean;
  /** Depth in the plane across `axis` only, and its minimum over ± halfLengthMm along `axis`: the
   *  room for an upright cylinder (PERCIST blood pool) instead of a sphere. */
  readonly cylinder?: { readonly axis: 0 | 1 | 2; readonly halfLengthMm: number };
  /** Points must be strictly deeper than this, mm. */
  readonly minDepthMm: number;
  /** Up to this many points (default 1), each more than separationMm from those before. */
  readonly count?: number;
  readonly separationMm?: number;
}

export interface DeepPoint {
  /** Voxel index (integers) in the volume. */
  readonly ijk: readonly [number, number, number];
  /** Distance from the voxel centre to the nearest voxel centre outside the region, mm. */
  readonly depthMm: number;
}

export interface DeepestPoints {
  readonly points: readonly DeepPoint[];
  /** Voxels in the region and the deepest depth found (mm), for the reasons. */
  readonly regionVoxels: number;
  readonly maxDepthMm: number;
}

/**
 * The deepest points of a region (voxels of a box accepted by a predicate): an exact Euclidean
 * distance transform of the region (mm, anisotropic), then the deepest voxel — among equally deep
 * ones the nearest to their centroid, so a symmetric organ gives its centre. A sphere of radius r
 * around a point of depth > r holds only region voxel centres. Work is limited to the box.
 */
export function findDeepestPoints(volume: Volume, options: FindDeepestPointsOptions): DeepestPoints {
  const g = volume.geometry;
  const [ni, nj] = g.dimensions;
  const [[i0, j0, k0], [i1, j1, k1]] = options.box;
  const sx = i1 - i0 + 1, sy = j1 - j0 + 1, sz = k1 - k0 + 1;
  if (sx <= 0 || sy <= 0 || sz <= 0) return { points: [], regionVoxels: 0, maxDepthMm: 0 };
  const n = sx * sy * sz;
  let vals: Float32Array = new Float32Array(n);
  for (let k = 0, q = 0; k < sz; k++)
    for (let j = 0; j < sy; j++) {
      const p = ((k + k0) * nj + j + j0) * ni + i0;
      for (let i = 0; i < sx; i++, q++) vals[q] = volume.data[p + i];
    }
  const raw = vals;
  if (options.smooth ?? true) vals = smooth3(vals, [sx, sy, sz]);
  // The region's tight box within the search box: the distance transform only runs there.
  const inBox = new Uint8Array(n);
  let regionVoxels = 0;
  let a0 = sx, a1 = -1, b0 = sy, b1 = -1, c0 = sz, c1 = -1;
  for (let k = 0, q = 0; k < sz; k++)
    for (let j = 0; j < sy; j++)
      for (let i = 0; i < sx; i++, q++)
        if (options.accept(vals[q], i + i0, j + j0, k + k0, raw[q])) {
          inBox[q] = 1;
          regionVoxels++;
          if (i < a0) a0 = i;
          if (i > a1) a1 = i;
          if (j < b0) b0 = j;
          if (j > b1) b1 = j;
          if (k < c0) c0 = k;
          if (k > c1) c1 = k;
        }
  if (regionVoxels === 0) return { points: [], regionVoxels: 0, maxDepthMm: 0 };
  return deepest(g.spacing, inBox, [sx, sy, sz], [[a0, b0, c0], [a1, b1, c1]], [i0, j0, k0], regionVoxels, options);
}

function deepest(
  spacing: readonly [number, number, number],
  inBox: Uint8Array,
  [bx, by]: readonly [number, number, number],
  [[a0, b0, c0], [a1, b1, c1]]: VoxelBox,
  offset: readonly [number, number, number],
  regionVoxels: number,
  options: FindDeepestPointsOptions,
): DeepestPoints {
  const sx = a1 - a0 + 1, sy = b1 - b0 + 1, sz = c1 - c0 + 1, n = sx * sy * sz;
  const inside = new Uint8Array(n);
  for (let k = 0, q = 0; k < sz; k++)
    for (let j = 0; j < sy; j++) {
      const p = ((k + c0) * by + j + b0) * bx + a0;
      for (let i = 0; i < sx; i++, q++) inside[q] = inBox[p + i];
    }
  const [i0, j0, k0] = [offset[0] + a0, offset[1] + b0, offset[2] + c0];
  const g = { spacing };
  const cyl = options.cylinder;
  const axes: [boolean, boolean, boolean] = [true, true, true];
  if (cyl) axes[cyl.axis] = false;
  let d: Float32Array = computeInsideDistanceSq(inside, [sx, sy, sz], { spacing: g.spacing, axes });
  if (cyl) d = runMinimum(d, [sx, sy, sz], cyl.axis, Math.floor(cyl.halfLengthMm / g.spacing[cyl.axis] + 1e-9));
  const points: DeepPoint[] = [];
  const min2 = options.minDepthMm ** 2;
  let maxDepth2 = 0;
  for (let q = 0; q < n; q++) if (d[q] > maxDepth2) maxDepth2 = d[q];
  const sep = Math.max(options.separationMm ?? 0, 1e-6);
  const [wi, wj, wk] = g.spacing;
  const ijk = (q: number): [number, number, number] => {
    const k = Math.floor(q / (sx * sy)), j = Math.floor((q - k * sx * sy) / sx);
    return [q - k * sx * sy - j * sx, j, k];
  };
  for (let c = 0; c < (options.count ?? 1); c++) {
    let best = 0;
    for (let q = 0; q < n; q++) if (d[q] > best) best = d[q];
    if (!(best > min2)) break;
    // Ties: the voxel nearest the centroid of the equally deep ones.
    const tie = best * (1 - 1e-6), ties: number[] = [];
    for (let q = 0; q < n; q++) if (d[q] >= tie) ties.push(q);
    const cen = [0, 0, 0];
    for (const q of ties) ijk(q).forEach((x, a) => (cen[a] += x / ties.length));
    let pick = ties[0], pd = Infinity;
    for (const q of ties) {
      const [i, j, k] = ijk(q);
      const e = ((i - cen[0]) * wi) ** 2 + ((j - cen[1]) * wj) ** 2 + ((k - cen[2]) * wk) ** 2;
      if (e < pd) {
        pd = e;
        pick = q;
      }
    }
    const [pi, pj, pk] = ijk(pick);
    points.push({ ijk: [pi + i0, pj + j0, pk + k0], depthMm: Math.sqrt(d[pick]) });
    // The next point lies more than `sep` away: clear the ball around this one.
    const ri = Math.floor(sep / wi), rj = Math.floor(sep / wj), rk = Math.floor(sep / wk);
    for (let k = Math.max(0, pk - rk); k <= Math.min(sz - 1, pk + rk); k++)
      for (let j = Math.max(0, pj - rj); j <= Math.min(sy - 1, pj + rj); j++)
        for (let i = Math.max(0, pi - ri); i <= Math.min(sx - 1, pi + ri); i++)
          if (((i - pi) * wi) ** 2 + ((j - pj) * wj) ** 2 + ((k - pk) * wk) ** 2 <= sep * sep) d[(k * sy + j) * sx + i] = 0;
  }
  return { points, regionVoxels, maxDepthMm: Math.sqrt(maxDepth2) };
}

/** 3-tap mean along each axis (edges averaged over the voxels present), into new buffers (v is kept). */
function smooth3(v: Float32Array, dims: readonly [number, number, number]): Float32Array {
  const [sx, sy, sz] = dims;
  let a: Float32Array = v, b: Float32Array = new Float32Array(v.length);
  let spare: Float32Array | null = new Float32Array(v.length);
  const strides = [1, sx, sx * sy], sizes = [sx, sy, sz];
  for (let axis = 0; axis < 3; axis++) {
    const st = strides[axis], len = sizes[axis];
    if (len < 2) continue;
    const outer = v.length / (st * len);
    for (let u = 0; u < outer; u++)
      for (let w = 0; w < st; w++) {
        const base = u * st * len + w;
        b[base] = (a[base] + a[base + st]) / 2;
        for (let t = 1; t < len - 1; t++) {
          const q = base + t * st;
          b[q] = (a[q - st] + a[q] + a[q + st]) / 3;
        }
        const last = base + (len - 1) * st;
        b[last] = (a[last - st] + a[last]) / 2;
      }
    // Never write into v: after the first pass, alternate between the two new buffers.
    const next: Float32Array = a === v ? spare! : a;
    if (a === v) spare = null;
    a = b;
    b = next;
  }
  return a;
}

/** Minimum of d over ± w cells along `axis`; cells whose window leaves the box get 0. */
function runMinimum(d: Float32Array, dims: readonly [number, number, number], axis: 0 | 1 | 2, w: number): Float32Array {
  if (w <= 0) return d;
  const st = [1, dims[0], dims[0] * dims[1]][axis], len = dims[axis];
  const out = new Float32Array(d.length);
  for (let q = 0; q < d.length; q++) {
    const pos = Math.floor(q / st) % len;
    if (pos < w || pos > len - 1 - w || d[q] === 0) continue;
    let m = d[q];
    for (let t = 1; t <= w && m > 0; t++) m = Math.min(m, d[q - t * st], d[q + t * st]);
    out[q] = m;
  }
  return out;
}
