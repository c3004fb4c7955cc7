import type { Dims } from '../mask/createMask';

export interface FloodFill26Options {
  /** Called once per voxel flooded (the seed included), in breadth-first order; it must make
   *  `accept` false for that voxel from then on (e.g. by marking it), or the flood never ends. */
  readonly visit: (n: number) => void;
  /** Growable queue to reuse between calls (returned, possibly replaced by a larger one). */
  readonly queue?: Int32Array;
}

export interface FloodFill26Result {
  /** Flooded voxel indices are `queue.subarray(0, count)`. */
  readonly queue: Int32Array;
  readonly count: number;
}

/**
 * Breadth-first flood over the 26-connected neighbours (faces, edges and corners) of a grid,
 * from `seed` (flat index, visited unconditionally) through every voxel for which `accept(n)` is
 * true. Neighbours outside the grid are never tested.
 */
export function floodFill26(dims: Dims, seed: number, accept: (n: number) => boolean, options: FloodFill26Options): FloodFill26Result {
  const [ni, nj, nk] = dims;
  const nij = ni * nj;
  let queue = options.queue ?? new Int32Array(1 << 12);
  const visit = options.visit;
  let tail = 0, head = 0;
  const push = (q: number): void => {
    visit(q);
    if (tail === queue.length) {
      const bigger = new Int32Array(queue.length * 2);
      bigger.set(queue);
      queue = bigger;
    }
    queue[tail++] = q;
  };
  push(seed);
  while (head < tail) {
    const n = queue[head++];
    const z = (n / nij) | 0, r = n - z * nij, y = (r / ni) | 0, x = r - y * ni;
    const z0 = z > 0 ? -1 : 0, z1 = z < nk - 1 ? 1 : 0;
    const y0 = y > 0 ? -1 : 0, y1 = y < nj - 1 ? 1 : 0;
    const x0 = x > 0 ? -1 : 0, x1 = x < ni - 1 ? 1 : 0;
    for (let dz = z0; dz <= z1; dz++)
      for (let dy = y0; dy <= y1; dy++) {
        const row = n + dz * nij + dy * ni;
        for (let dx = x0; dx <= x1; dx++) {
          const q = row + dx;
          if (q !== n && accept(q)) push(q);
        }
      }
  }
  return { queue, count: tail };
}
