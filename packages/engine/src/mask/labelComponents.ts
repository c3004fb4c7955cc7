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
  /** Mark visited voxels in mask.data itself (temporarily 2, restored to 1 before returning)
   *  instead of a grid-sized scratch array: one pass and one allocation fewer. */
  readonly inPlace?: boolean;
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
  // Visited marks: 2 in the mask itself (inPlace) or 1 in a scratch array.
  const seen = options.inPlace ? m : new Uint8Array(m.length);
  const mark = options.inPlace ? 2 : 1;
  const isNew = options.inPlace ? (q: number): boolean => m[q] === 1 : (q: number): boolean => m[q] !== 0 && seen[q] === 0;
  let queue = new Int32Array(1 << 16);
  const found: Component[] = [];
  let tail = 0;
  const push = (q: number): void => {
    seen[q] = mark;
    if (tail === queue.length) {
      const bigger = new Int32Array(queue.length * 2);
      bigger.set(queue);
      queue = bigger;
    }
    queue[tail++] = q;
  };
  for (let k = k0; k <= k1; k++)
    for (let j = j0; j <= j1; j++) {
      const row = k * nij + j * ni;
      for (let s = row + i0; s <= row + i1; s++) {
        if (m[s] === 0 || seen[s] === mark) continue;
        const start = tail;
        let head = tail;
        push(s);
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
          if (x > i0 && isNew(n - 1)) push(n - 1);
          if (x < i1 && isNew(n + 1)) push(n + 1);
          if (y > j0 && isNew(n - ni)) push(n - ni);
          if (y < j1 && isNew(n + ni)) push(n + ni);
          if (z > k0 && isNew(n - nij)) push(n - nij);
          if (z < k1 && isNew(n + nij)) push(n + nij);
        }
        found.push({ label: 0, voxelCount: tail - start, start, bbox: [[a0, c0, e0], [a1, c1, e1]] });
      }
    }
  if (options.inPlace) for (let q = 0; q < tail; q++) m[queue[q]] = 1;
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
  return { voxels: queue.subarray(0, tail), components: sorted };
}
