import type { Mask } from '@caliper/core';
import type { Bbox } from './createMask';

export interface Component {
  /** 1 = largest. */
  readonly label: number;
  readonly voxelCount: number;
  readonly bbox: Bbox;
  /** This component's flat voxel indices are `voxels.subarray(start, start + voxelCount)`. */
  readonly start: number;
}

export interface Components {
  /** Flat voxel indices of every component, grouped by component (see Component.start). */
  readonly voxels: Int32Array;
  /** Sorted by voxelCount, largest first; ties keep scan order. */
  readonly components: readonly Component[];
}

export interface LabelComponentsOptions {
  /** Ignore components smaller than this many voxels. Default 1. */
  readonly minVoxels?: number;
  /** If given (length = grid size), filled with each voxel's label (0 = background) inside the mask bbox. */
  readonly labels?: Int32Array;
}

/**
 * 6-connected components of a mask, labelled and sorted by size. Breadth-first flood from each
 * unvisited voxel in scan order; each component's voxels come out contiguous in one index array,
 * so per-component statistics need no second pass over the grid. Work is bounded to the mask bbox.
 */
export function labelComponents(mask: Mask, options: LabelComponentsOptions = {}): Components {
  const b = mask.bbox;
  if (!b) return { voxels: new Int32Array(0), components: [] };
  const [ni, nj] = mask.dimensions;
  const nij = ni * nj;
  const m = mask.data;
  const [[i0, j0, k0], [i1, j1, k1]] = b;
  let total = 0;
  for (let k = k0; k <= k1; k++)
    for (let j = j0; j <= j1; j++) {
      const row = k * nij + j * ni;
      for (let n = row + i0; n <= row + i1; n++) total += m[n] !== 0 ? 1 : 0;
    }
  const queue = new Int32Array(total);
  const seen = new Uint8Array(m.length);
  const found: Component[] = [];
  let tail = 0;
  for (let k = k0; k <= k1; k++)
    for (let j = j0; j <= j1; j++) {
      const row = k * nij + j * ni;
      for (let s = row + i0; s <= row + i1; s++) {
        if (m[s] === 0 || seen[s] !== 0) continue;
        const start = tail;
        let head = tail;
        seen[s] = 1;
        queue[tail++] = s;
        let a0 = Infinity, a1 = -1, c0 = Infinity, c1 = -1, e0 = Infinity, e1 = -1;
        while (head < tail) {
          const n = queue[head++];
          const z = (n / nij) | 0, r = n - z * nij, y = (r / ni) | 0, x = r - y * ni;
          if (x < a0) a0 = x;
          if (x > a1) a1 = x;
          if (y < c0) c0 = y;
          if (y > c1) c1 = y;
          if (z < e0) e0 = z;
          if (z > e1) e1 = z;
          if (x > i0 && m[n - 1] !== 0 && seen[n - 1] === 0) { seen[n - 1] = 1; queue[tail++] = n - 1; }
          if (x < i1 && m[n + 1] !== 0 && seen[n + 1] === 0) { seen[n + 1] = 1; queue[tail++] = n + 1; }
          if (y > j0 && m[n - ni] !== 0 && seen[n - ni] === 0) { seen[n - ni] = 1; queue[tail++] = n - ni; }
          if (y < j1 && m[n + ni] !== 0 && seen[n + ni] === 0) { seen[n + ni] = 1; queue[tail++] = n + ni; }
          if (z > k0 && m[n - nij] !== 0 && seen[n - nij] === 0) { seen[n - nij] = 1; queue[tail++] = n - nij; }
          if (z < k1 && m[n + nij] !== 0 && seen[n + nij] === 0) { seen[n + nij] = 1; queue[tail++] = n + nij; }
        }
        found.push({ label: 0, voxelCount: tail - start, start, bbox: [[a0, c0, e0], [a1, c1, e1]] });
      }
    }
  const minVoxels = options.minVoxels ?? 1;
  const sorted = found
    .filter((c) => c.voxelCount >= minVoxels)
    .sort((p, q) => q.voxelCount - p.voxelCount || p.start - q.start)
    .map((c, idx) => ({ ...c, label: idx + 1 }));
  const labels = options.labels;
  if (labels) {
    for (let k = k0; k <= k1; k++)
      for (let j = j0; j <= j1; j++) labels.fill(0, k * nij + j * ni + i0, k * nij + j * ni + i1 + 1);
    for (const c of sorted) for (let q = c.start; q < c.start + c.voxelCount; q++) labels[queue[q]] = c.label;
  }
  return { voxels: queue, components: sorted };
}
