/**
 * Distance of each voxel of a 0/1 mask (on a block with an empty border) to the mask's edge, in
 * steps between face neighbours (6-connected in 3D, 4-connected within the slice when `inPlane`):
 * voxels touching the outside are 1, the next layer 2, … (IBSI GLDZM, the number of erosions a
 * voxel survives + 1, i.e. the Manhattan distance to the nearest voxel outside). 0 outside.
 */
export function computeBorderDistance(mask: Uint8Array, dims: readonly [number, number, number], inPlane: boolean): Int32Array {
  const off = inPlane ? [1, -1, dims[0], -dims[0]] : [1, -1, dims[0], -dims[0], dims[0] * dims[1], -dims[0] * dims[1]];
  const dist = new Int32Array(mask.length);
  const queue = new Int32Array(mask.length);
  let tail = 0;
  for (let v = 0; v < mask.length; v++) {
    if (!mask[v]) continue;
    for (const o of off)
      if (!mask[v + o]) {
        dist[v] = 1;
        queue[tail++] = v;
        break;
      }
  }
  for (let head = 0; head < tail; head++) {
    const u = queue[head];
    for (const o of off) {
      const w = u + o;
      if (mask[w] && dist[w] === 0) {
        dist[w] = dist[u] + 1;
        queue[tail++] = w;
      }
    }
  }
  return dist;
}
