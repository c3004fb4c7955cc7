import type { Mask, Volume } from '@caliper/core';
import type { Component, Components } from '../mask/labelComponents';
import { floodFill26 } from './floodFill26';

export interface GrowPct41RegionsOptions {
  /** Fraction of each candidate's SUVmax. Default 0.41. */
  readonly fraction?: number;
  readonly exclude?: Mask | null;
  /** Grid-sized buffer whose only non-zero voxels are candidate voxels, e.g. the candidate
   *  threshold mask itself (no clearing pass needed); it becomes the result mask. Default: a new one. */
  readonly marks?: Uint8Array;
}

export interface Pct41Regions {
  /** Union of the regions (the lesion voxels). */
  readonly mask: Mask;
  /** The lesions: one per grown region, largest first, as `labelComponents26` would label the union. */
  readonly components: Components;
  /** Candidates that grew a region of their own (the others lay inside an earlier one). */
  readonly grown: number;
}

/**
 * The `pct41` step of issue 14: for each candidate component (of SUV >= 2.5, not excluded), the
 * 26-connected component of {SUV >= fraction × candidate SUVmax, not excluded} holding the
 * candidate's SUVmax voxel (the first in scan order on ties); regions that overlap merge.
 *
 * Candidates are taken in increasing SUVmax. A region at level t contains every region at a level
 * >= t whose seed it holds, so a candidate whose max voxel is already in a region is skipped (its
 * region would be a subset: the overlap merges it), and a new flood can never reach an earlier
 * region: a voxel next to a region at a lower level would belong to it. So the grown regions are
 * disjoint and not even adjacent — each is one 26-connected lesion, the union needs no labelling,
 * and every voxel is flooded at most once whatever the number of candidates.
 */
export function growPct41Regions(volume: Volume, candidates: Components, options: GrowPct41RegionsOptions = {}): Pct41Regions {
  const dims = volume.geometry.dimensions;
  const [ni, nj] = dims;
  const n = dims[0] * dims[1] * dims[2];
  const marks = options.marks ?? new Uint8Array(n);
  if (marks.length !== n) throw new Error(`growPct41Regions: marks has ${marks.length} voxels, grid has ${n}`);
  const v = volume.data;
  const fraction = options.fraction ?? 0.41;
  const ex = options.exclude?.bbox ? options.exclude.data : undefined;
  const seeds = candidates.components.map((c) => {
    let best = -1, mx = -Infinity;
    for (let q = c.start; q < c.start + c.voxelCount; q++) {
      const p = candidates.voxels[q];
      if (v[p] > mx || (v[p] === mx && p < best)) {
        mx = v[p];
        best = p;
      }
    }
    return { seed: best, max: mx };
  });
  seeds.sort((a, b) => a.max - b.max || a.seed - b.seed);
  let queue: Int32Array | undefined;
  let all = new Int32Array(1 << 12), used = 0;
  const found: { voxelCount: number; start: number; bbox: Component['bbox'] }[] = [];
  const visit = (p: number): void => {
    marks[p] = 2;
  };
  for (const s of seeds) {
    if (marks[s.seed] === 2) continue;
    const level = fraction * s.max;
    const accept = ex === undefined ? (p: number): boolean => marks[p] !== 2 && v[p] >= level : (p: number): boolean => marks[p] !== 2 && ex[p] === 0 && v[p] >= level;
    const f = floodFill26(dims, s.seed, accept, { visit, queue });
    queue = f.queue;
    let i0 = Infinity, i1 = -1, j0 = Infinity, j1 = -1, k0 = Infinity, k1 = -1;
    for (let q = 0; q < f.count; q++) {
      const p = f.queue[q];
      const k = (p / (ni * nj)) | 0, r = p - k * ni * nj, j = (r / ni) | 0, i = r - j * ni;
      if (i < i0) i0 = i;
      if (i > i1) i1 = i;
      if (j < j0) j0 = j;
      if (j > j1) j1 = j;
      if (k < k0) k0 = k;
      if (k > k1) k1 = k;
    }
    if (used + f.count > all.length) {
      const bigger = new Int32Array(Math.max(all.length * 2, used + f.count));
      bigger.set(all.subarray(0, used));
      all = bigger;
    }
    all.set(f.queue.subarray(0, f.count), used);
    found.push({ voxelCount: f.count, start: used, bbox: [[i0, j0, k0], [i1, j1, k1]] });
    used += f.count;
  }
  // Candidate voxels left outside every region (between 2.5 and their 41 % level) leave the mask.
  for (let q = 0; q < candidates.voxels.length; q++) if (marks[candidates.voxels[q]] === 1) marks[candidates.voxels[q]] = 0;
  const voxels = all.subarray(0, used);
  for (let q = 0; q < used; q++) marks[voxels[q]] = 1;
  const components = found.sort((p, q) => q.voxelCount - p.voxelCount || p.start - q.start).map((c, idx) => ({ ...c, label: idx + 1 }));
  let bbox: Mask['bbox'] = null;
  if (components.length) {
    const lo = [Infinity, Infinity, Infinity], hi = [-1, -1, -1];
    for (const c of components)
      for (let d = 0; d < 3; d++) {
        lo[d] = Math.min(lo[d], c.bbox[0][d]);
        hi[d] = Math.max(hi[d], c.bbox[1][d]);
      }
    bbox = [[lo[0], lo[1], lo[2]], [hi[0], hi[1], hi[2]]];
  }
  return { mask: { dimensions: [dims[0], dims[1], dims[2]], data: marks, bbox }, components: { voxels, components }, grown: found.length };
}
