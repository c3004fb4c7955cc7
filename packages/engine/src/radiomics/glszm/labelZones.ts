import type { DiscretisedRoi } from '../processing/discretiseRoi';
import { neighbourOffsets } from '../texture/textureDirections';

/** Connected zones of equal grey level. */
export interface Zones {
  /** Zone number (0-based) of each block voxel; −1 outside the intensity mask. */
  readonly label: Int32Array;
  /** Per zone: grey level, voxel count, and slice (block k) of its first voxel. */
  readonly level: Int32Array;
  readonly size: Int32Array;
  readonly slice: Int32Array;
}

/**
 * Zones for GLSZM (9SAK) and GLDZM (VMDZ): voxels of one grey level linked by 26-connectivity in
 * 3D, or 8-connectivity within the slice (`inPlane`, so a zone never spans slices). Breadth-first
 * flood from each unlabelled voxel in scan order.
 */
export function labelZones(roi: DiscretisedRoi, inPlane: boolean): Zones {
  const { dims, levels: L } = roi;
  const off = neighbourOffsets(dims, inPlane);
  const label = new Int32Array(L.length).fill(-1);
  const queue = new Int32Array(Math.max(1, roi.count));
  const level: number[] = [], size: number[] = [], slice: number[] = [];
  const plane = dims[0] * dims[1];
  for (let v = 0; v < L.length; v++) {
    const a = L[v];
    if (a === 0 || label[v] >= 0) continue;
    const z = level.length;
    label[v] = z;
    let head = 0, tail = 0;
    queue[tail++] = v;
    while (head < tail) {
      const u = queue[head++];
      for (let o = 0; o < off.length; o++) {
        const w = u + off[o];
        if (L[w] === a && label[w] < 0) {
          label[w] = z;
          queue[tail++] = w;
        }
      }
    }
    level.push(a);
    size.push(tail);
    slice.push(Math.floor(v / plane));
  }
  return { label, level: Int32Array.from(level), size: Int32Array.from(size), slice: Int32Array.from(slice) };
}
