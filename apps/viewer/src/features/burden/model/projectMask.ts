import type { CroppedMask } from '@caliper/engine';
import type { VoxelAxis } from '../../measure/ui/grow/maskOutlineOnPlane';

/**
 * A cropped mask collapsed along one voxel axis (a voxel is set when any voxel of its ray is): the
 * footprint of a lesion on a maximum-intensity projection, as a one-voxel-thick mask at the bbox's
 * first index on that axis (a parallel projection maps every index of the ray to the same pixel).
 */
export function projectMask(mask: CroppedMask, axis: VoxelAxis): CroppedMask {
  const b = mask.bbox;
  if (!b) return mask;
  const len = [b[1][0] - b[0][0] + 1, b[1][1] - b[0][1] + 1, b[1][2] - b[0][2] + 1];
  const outLen = [...len];
  outLen[axis] = 1;
  const data = new Uint8Array(outLen[0] * outLen[1] * outLen[2]);
  for (let k = 0; k < len[2]; k++)
    for (let j = 0; j < len[1]; j++)
      for (let i = 0; i < len[0]; i++) {
        if (!mask.data[(k * len[1] + j) * len[0] + i]) continue;
        const c = [i, j, k];
        c[axis] = 0;
        data[(c[2] * outLen[1] + c[1]) * outLen[0] + c[0]] = 1;
      }
  const hi: [number, number, number] = [b[1][0], b[1][1], b[1][2]];
  hi[axis] = b[0][axis];
  return { dimensions: mask.dimensions, bbox: [b[0], hi], data };
}
