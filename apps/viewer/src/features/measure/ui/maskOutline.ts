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

/** A boundary edge between voxel corners in continuous voxel index (i, j, k): from, to. */
export type Edge3 = readonly [readonly [number, number, number], readonly [number, number, number]];

/**
 * The outline of a bbox-cropped mask on the grid plane `axis` = `index` (axis 2: an axial slice of an
 * axial acquisition; 0 and 1: the sagittal/coronal planes of the same grid), as edges between voxel
 * corners at half-voxel offsets. Empty when the plane misses the mask.
 */
export function maskOutlineAlong(mask: CroppedMask, axis: 0 | 1 | 2, index: number): Edge3[] {
  const b = mask.bbox;
  if (!b || index < b[0][axis] || index > b[1][axis]) return [];
  const len = [0, 1, 2].map((d) => b[1][d] - b[0][d] + 1);
  const [u, v] = ([0, 1, 2] as const).filter((d) => d !== axis);
  const set = (p: number[]) => p[u] >= 0 && p[v] >= 0 && p[u] < len[u] && p[v] < len[v] && mask.data[(p[2] * len[1] + p[1]) * len[0] + p[0]] !== 0;
  const local = [0, 0, 0];
  local[axis] = index - b[0][axis];
  const edges: Edge3[] = [];
  const corner = (p: number[], du: number, dv: number): [number, number, number] => {
    const c: [number, number, number] = [p[0] + b[0][0], p[1] + b[0][1], p[2] + b[0][2]];
    c[u] += du;
    c[v] += dv;
    return c;
  };
  for (let y = 0; y < len[v]; y++)
    for (let x = 0; x < len[u]; x++) {
      const p = [...local];
      p[u] = x;
      p[v] = y;
      if (!set(p)) continue;
      const nb = (du: number, dv: number) => { const q = [...p]; q[u] += du; q[v] += dv; return set(q); };
      if (!nb(-1, 0)) edges.push([corner(p, -0.5, -0.5), corner(p, -0.5, 0.5)]);
      if (!nb(1, 0)) edges.push([corner(p, 0.5, -0.5), corner(p, 0.5, 0.5)]);
      if (!nb(0, -1)) edges.push([corner(p, -0.5, -0.5), corner(p, 0.5, -0.5)]);
      if (!nb(0, 1)) edges.push([corner(p, -0.5, 0.5), corner(p, 0.5, 0.5)]);
    }
  return edges;
}
