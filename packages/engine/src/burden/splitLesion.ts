import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { Dims } from '../mask/createMask';

export interface SplitLesionOptions {
  /** Reusable BFS queue (grown when too small). */
  readonly queue?: Int32Array;
}

export interface SplitLesionParts {
  /** parts[s] = the flat voxel indices (increasing) that go to seed s. */
  readonly parts: Int32Array[];
}

/**
 * The reader's split of one lesion between two or more seed voxels: each lesion voxel goes to the
 * seed nearest by geodesic distance inside the lesion, the number of 26-connected steps (faces,
 * edges, corners) through lesion voxels. One multi-source breadth-first pass with the seeds queued
 * in order: within each BFS level the voxels stay grouped by seed in seed order, so a voxel at equal
 * distance from two seeds goes to the lower seed index. Voxels no seed reaches (a merged lesion's
 * other pieces) stay with seed 0, the part that keeps the lesion's id. Every part is 26-connected
 * through its own voxels when the lesion is. `voxels` and `seeds` are flat indices (i fastest); a
 * seed may be a set of voxels (all at distance 0: the viewer keeps the reader's lesions across a
 * re-run by seeding each old lesion's overlap with a new one).
 */
export function splitLesion(dims: Dims, voxels: ArrayLike<number>, seeds: ReadonlyArray<number | ArrayLike<number>>, options: SplitLesionOptions = {}): Result<SplitLesionParts, string> {
  if (seeds.length < 2) return err(`a split needs at least two points inside the lesion (got ${seeds.length})`);
  if (seeds.length > 254) return err('a split takes at most 254 points');
  const [ni, nj, nk] = dims;
  const nij = ni * nj;
  const lo = [Infinity, Infinity, Infinity], hi = [-1, -1, -1];
  for (let q = 0; q < voxels.length; q++) {
    const p = voxels[q], k = (p / nij) | 0, r = p - k * nij, j = (r / ni) | 0, c = [r - j * ni, j, k];
    for (let d = 0; d < 3; d++) {
      if (c[d] < lo[d]) lo[d] = c[d];
      if (c[d] > hi[d]) hi[d] = c[d];
    }
  }
  if (voxels.length === 0) return err('the lesion has no voxels');
  // Work on the lesion's bbox: 0 = not lesion, 1 = lesion unassigned, s + 2 = seed s's part.
  const li = hi[0] - lo[0] + 1, lj = hi[1] - lo[1] + 1, lk = hi[2] - lo[2] + 1;
  const local = (p: number): number => {
    const k = (p / nij) | 0, r = p - k * nij, j = (r / ni) | 0, i = r - j * ni;
    if (i < lo[0] || i > hi[0] || j < lo[1] || j > hi[1] || k < lo[2] || k > hi[2] || k >= nk) return -1;
    return ((k - lo[2]) * lj + (j - lo[1])) * li + (i - lo[0]);
  };
  const lab = new Uint8Array(li * lj * lk);
  for (let q = 0; q < voxels.length; q++) lab[local(voxels[q])] = 1;
  let queue = options.queue ?? new Int32Array(Math.max(16, voxels.length));
  let tail = 0;
  for (let s = 0; s < seeds.length; s++) {
    const set = seeds[s];
    const list = typeof set === 'number' ? [set] : set;
    if (list.length === 0) return err(`point ${s + 1} has no voxel`);
    for (let e = 0; e < list.length; e++) {
      const x = local(list[e]);
      if (x < 0 || lab[x] === 0) return err(`point ${s + 1} is not inside the lesion`);
      if (lab[x] !== 1) return err(`points ${lab[x] - 1} and ${s + 1} fall in the same voxel`);
      lab[x] = s + 2;
      if (tail === queue.length) queue = growQueue(queue);
      queue[tail++] = x;
    }
  }
  const lij = li * lj;
  for (let head = 0; head < tail; head++) {
    const x = queue[head], z = (x / lij) | 0, r = x - z * lij, y = (r / li) | 0, w = r - y * li;
    const v = lab[x];
    for (let dz = z > 0 ? -1 : 0; dz <= (z < lk - 1 ? 1 : 0); dz++)
      for (let dy = y > 0 ? -1 : 0; dy <= (y < lj - 1 ? 1 : 0); dy++)
        for (let dx = w > 0 ? -1 : 0; dx <= (w < li - 1 ? 1 : 0); dx++) {
          const n = x + dz * lij + dy * li + dx;
          if (lab[n] === 1) {
            lab[n] = v;
            if (tail === queue.length) queue = growQueue(queue);
            queue[tail++] = n;
          }
        }
  }
  const counts = new Int32Array(seeds.length);
  const partOf = (x: number) => (lab[x] === 1 ? 0 : lab[x] - 2);
  for (let q = 0; q < voxels.length; q++) counts[partOf(local(voxels[q]))]++;
  const parts = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(seeds.length);
  const sorted = Int32Array.from(voxels).sort();
  for (let q = 0; q < sorted.length; q++) {
    const s = partOf(local(sorted[q]));
    parts[s][fill[s]++] = sorted[q];
  }
  return ok({ parts });
}

function growQueue(q: Int32Array): Int32Array {
  const bigger = new Int32Array(q.length * 2);
  bigger.set(q);
  return bigger;
}
