import type { Mask } from '@caliper/core';

/** Zero a mask's data inside its bbox (all its set voxels), leaving a reusable all-zero buffer. */
export function clearMaskBbox(mask: Mask): void {
  const b = mask.bbox;
  if (!b) return;
  const [ni, nj] = mask.dimensions;
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++) {
      const row = (k * nj + j) * ni;
      mask.data.fill(0, row + b[0][0], row + b[1][0] + 1);
    }
}
