import { describe, expect, it } from 'vitest';
import type { CroppedMask } from '@caliper/engine';
import { maskOutline } from '../../maskOutline';
import { maskOutlineOnPlane } from '../maskOutlineOnPlane';

// bbox (2,3,4)–(3,4,5): a 2×2×2 box with voxel (3,4,5) unset.
const mask: CroppedMask = { dimensions: [10, 10, 10], bbox: [[2, 3, 4], [3, 4, 5]], data: Uint8Array.from([1, 1, 1, 1, 1, 1, 1, 0]) };
const key = (e: readonly number[]) => e.join(',');

describe('maskOutlineOnPlane', () => {
  it('axial (axis 2) equals maskOutline on that slice', () => {
    for (const k of [3, 4, 5, 6]) expect(maskOutlineOnPlane(mask, 2, k).map(key).sort()).toEqual(maskOutline(mask, k).map(key).sort());
  });
  it('a full 2×2 square has 8 unit edges around it (coronal plane j = 3: axes i, k)', () => {
    const e = maskOutlineOnPlane(mask, 1, 3);
    expect(e).toHaveLength(8);
    const xs = e.flatMap((x) => [x[0], x[2]]), ys = e.flatMap((x) => [x[1], x[3]]);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([1.5, 3.5, 3.5, 5.5]);
  });
  it('sagittal plane i = 3 (axes j, k): an L of 3 voxels has 8 edges; i = 1 misses the mask', () => {
    expect(maskOutlineOnPlane(mask, 0, 3)).toHaveLength(8);
    expect(maskOutlineOnPlane(mask, 0, 1)).toEqual([]);
  });
});
