import type { Mask } from '@caliper/core';
import type { Component, Components } from '../mask/labelComponents';
import { floodFill26 } from './floodFill26';

export interface LabelComponents26Options {
  /** Ignore components smaller than this many voxels. Default 1. */
  readonly minVoxels?: number;
  /** Every set voxel of the mask, in increasing order (e.g. thresholdExcluding's `voxels`): visited
   *  instead of scanning the whole bbox, with the same result. */
  readonly seeds?: ArrayLike<number>;
}

/**
 * 26-connected components of a mask (voxels touching by a face, an edge or a corner belong to the
 * same lesion, as PET segmentation tools and the TMTV literature count them), sorted by size,
 * largest first (ties keep scan order). Same result shape as the 6-connected `labelComponents`:
 * each component's voxels are contiguous in one index array. Visited voxels are marked 2 in
 * mask.data during the scan and restored to 1 before returning; only the mask bbox (or the seeds)
 * is scanned.
 */
export function labelComponents26(mask: Mask, options: LabelComponents26Options = {}): Components {
  const b = mask.bbox;
  if (!b) return { voxels: new Int32Array(0), components: [] };
  const m = mask.data;
  const [ni, nj] = mask.dimensions;
  const nij = ni * nj;
  const found: { voxelCount: number; start: number; bbox: Component['bbox'] }[] = [];
  let all = new Int32Array(1 << 12);
  let used = 0;
  let queue: Int32Array | undefined;
  const accept = (q: number): boolean => m[q] === 1;
  const visit = (q: number): void => {
    m[q] = 2;
  };
  const flood = (s: number): void => {
    const f = floodFill26(mask.dimensions, s, accept, { visit, queue });
    queue = f.queue;
    let a0 = Infinity, a1 = -1, c0 = Infinity, c1 = -1, e0 = Infinity, e1 = -1;
    for (let q = 0; q < f.count; q++) {
      const n = f.queue[q];
      const z = (n / nij) | 0, r = n - z * nij, y = (r / ni) | 0, x = r - y * ni;
      if (x < a0) a0 = x;
      if (x > a1) a1 = x;
      if (y < c0) c0 = y;
      if (y > c1) c1 = y;
      if (z < e0) e0 = z;
      if (z > e1) e1 = z;
    }
    if (used + f.count > all.length) {
      const bigger = new Int32Array(Math.max(all.length * 2, used + f.count));
      bigger.set(all.subarray(0, used));
      all = bigger;
    }
    all.set(f.queue.subarray(0, f.count), used);
    found.push({ voxelCount: f.count, start: used, bbox: [[a0, c0, e0], [a1, c1, e1]] });
    used += f.count;
  };
  const seeds = options.seeds;
  if (seeds) {
    for (let q = 0; q < seeds.length; q++) if (m[seeds[q]] === 1) flood(seeds[q]);
  } else
    for (let k = b[0][2]; k <= b[1][2]; k++)
      for (let j = b[0][1]; j <= b[1][1]; j++) {
        const row = k * nij + j * ni;
        for (let s = row + b[0][0]; s <= row + b[1][0]; s++) if (m[s] === 1) flood(s);
      }
  const voxels = all.subarray(0, used);
  for (let q = 0; q < used; q++) m[voxels[q]] = 1;
  const minVoxels = options.minVoxels ?? 1;
  const components = found
    .filter((c) => c.voxelCount >= minVoxels)
    .sort((p, q) => q.voxelCount - p.voxelCount || p.start - q.start)
    .map((c, idx) => ({ ...c, label: idx + 1 }));
  return { voxels, components };
}
