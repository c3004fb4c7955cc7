import type { Geometry } from '@caliper/core';
import type { Shape } from '../model/shape';

/** Inclusive voxel index range [lo, hi] covering [minMm, maxMm] along one axis, clamped to the grid. */
export function axisRange(origin: number, spacing: number, n: number, minMm: number, maxMm: number): [number, number] {
  const lo = Number.isFinite(minMm) ? Math.max(0, Math.ceil((minMm - origin) / spacing - 1e-9)) : 0;
  const hi = Number.isFinite(maxMm) ? Math.min(n - 1, Math.floor((maxMm - origin) / spacing + 1e-9)) : n - 1;
  return [lo, hi];
}

/**
 * Calls visit(flatIndex) for every voxel whose centre lies inside the shape (voxel-centre-inside
 * rule). Requires an axial grid (identity direction cosines), as makeAxialGrid builds.
 */
export function forEachVoxelInShape(g: Geometry, shape: Shape, visit: (index: number) => void): void {
  const [ni, nj, nk] = g.dimensions;
  const [di, dj, dk] = g.spacing;
  const [ox, oy, oz] = g.origin;
  const b = shape.bounds;
  const [i0, i1] = axisRange(ox, di, ni, b.min[0], b.max[0]);
  const [j0, j1] = axisRange(oy, dj, nj, b.min[1], b.max[1]);
  const [k0, k1] = axisRange(oz, dk, nk, b.min[2], b.max[2]);
  for (let k = k0; k <= k1; k++) {
    const z = oz + k * dk;
    for (let j = j0; j <= j1; j++) {
      const y = oy + j * dj;
      const row = k * ni * nj + j * ni;
      if (shape.xSpan) {
        const span = shape.xSpan(y, z);
        if (!span) continue;
        const [a, b] = axisRange(ox, di, ni, span[0], span[1]);
        for (let i = Math.max(a, i0); i <= Math.min(b, i1); i++) visit(row + i);
        continue;
      }
      for (let i = i0; i <= i1; i++) {
        if (shape.contains(ox + i * di, y, z)) visit(row + i);
      }
    }
  }
}

/** Flat indices (ascending) of the voxels whose centres lie inside the shape. */
export function rasterizeShape(g: Geometry, shape: Shape): Int32Array {
  const out: number[] = [];
  forEachVoxelInShape(g, shape, (idx) => out.push(idx));
  return Int32Array.from(out);
}
