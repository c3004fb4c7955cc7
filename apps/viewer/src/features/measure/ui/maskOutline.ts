import type { CroppedMask } from '@caliper/engine';

/** A boundary edge between voxel corners, in continuous voxel index (i, j) on one slice. */
export type Edge = readonly [number, number, number, number];

/**
 * The outline of a bbox-cropped mask on slice k: every edge between a set voxel and an unset
 * (or outside) neighbour, at half-voxel offsets (i ± 0.5, j ± 0.5). Empty when k misses the mask.
 */
export function maskOutline(mask: CroppedMask, k: number): Edge[] {
  const b = mask.bbox;
  if (!b || k < b[0][2] || k > b[1][2]) return [];
  const li = b[1][0] - b[0][0] + 1, lj = b[1][1] - b[0][1] + 1;
  const base = (k - b[0][2]) * li * lj;
  const at = (x: number, y: number) => x >= 0 && y >= 0 && x < li && y < lj && mask.data[base + y * li + x] !== 0;
  const edges: Edge[] = [];
  for (let y = 0; y < lj; y++)
    for (let x = 0; x < li; x++) {
      if (!at(x, y)) continue;
      const i = x + b[0][0], j = y + b[0][1];
      if (!at(x - 1, y)) edges.push([i - 0.5, j - 0.5, i - 0.5, j + 0.5]);
      if (!at(x + 1, y)) edges.push([i + 0.5, j - 0.5, i + 0.5, j + 0.5]);
      if (!at(x, y - 1)) edges.push([i - 0.5, j - 0.5, i + 0.5, j - 0.5]);
      if (!at(x, y + 1)) edges.push([i - 0.5, j + 0.5, i + 0.5, j + 0.5]);
    }
  return edges;
}
