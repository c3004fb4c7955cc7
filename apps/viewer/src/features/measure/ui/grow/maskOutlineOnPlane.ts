import type { CroppedMask } from '@caliper/engine';

/** The voxel axis a view looks along: 0 (i, sagittal-like), 1 (j, coronal-like), 2 (k, axial-like). */
export type VoxelAxis = 0 | 1 | 2;

/** A boundary edge [u0, v0, u1, v1] in continuous voxel index of the plane's two in-plane axes (ascending order). */
export type PlaneEdge = readonly [number, number, number, number];

/**
 * The outline of a bbox-cropped mask on the voxel plane `axis` = `index`: every edge between a set
 * voxel and an unset (or outside) in-plane neighbour, at half-voxel offsets. The in-plane axes are
 * the other two in ascending order (axis 2 → (i, j); 1 → (i, k); 0 → (j, k)). Empty when the plane
 * misses the mask.
 */
export function maskOutlineOnPlane(mask: CroppedMask, axis: VoxelAxis, index: number): PlaneEdge[] {
  const b = mask.bbox;
  if (!b || index < b[0][axis] || index > b[1][axis]) return [];
  const len = [b[1][0] - b[0][0] + 1, b[1][1] - b[0][1] + 1, b[1][2] - b[0][2] + 1];
  const [ua, va] = axis === 0 ? [1, 2] : axis === 1 ? [0, 2] : [0, 1];
  const at = (u: number, v: number) => {
    if (u < 0 || v < 0 || u >= len[ua] || v >= len[va]) return false;
    const c = [0, 0, 0];
    c[axis] = index - b[0][axis];
    c[ua] = u;
    c[va] = v;
    return mask.data[(c[2] * len[1] + c[1]) * len[0] + c[0]] !== 0;
  };
  const edges: PlaneEdge[] = [];
  for (let v = 0; v < len[va]; v++)
    for (let u = 0; u < len[ua]; u++) {
      if (!at(u, v)) continue;
      const x = u + b[0][ua], y = v + b[0][va];
      if (!at(u - 1, v)) edges.push([x - 0.5, y - 0.5, x - 0.5, y + 0.5]);
      if (!at(u + 1, v)) edges.push([x + 0.5, y - 0.5, x + 0.5, y + 0.5]);
      if (!at(u, v - 1)) edges.push([x - 0.5, y - 0.5, x + 0.5, y - 0.5]);
      if (!at(u, v + 1)) edges.push([x - 0.5, y + 0.5, x + 0.5, y + 0.5]);
    }
  return edges;
}
