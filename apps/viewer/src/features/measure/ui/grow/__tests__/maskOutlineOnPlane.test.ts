import { describe, expect, it } from 'vitest';
import type { CroppedMask } from '@caliper/engine';
import { maskOutlineOnPlane } from '../maskOutlineOnPlane';

// bbox (2,3,4)–(3,4,5): a 2×2×2 box with voxel (3,4,5) unset.
const mask: CroppedMask = { dimensions: [10, 10, 10], bbox: [[2, 3, 4], [3, 4, 5]], data: Uint8Array.from([1, 1, 1, 1, 1, 1, 1, 0]) };
const key = (e: readonly number[]) => e.join(',');

describe('maskOutlineOnPlane', () => {
  it('axial slices (axis 2, axes i, j): k = 4 a full 2×2 square (8 edges), k = 5 an L (8 edges), k = 3 and 6 miss it', () => {
    expect(maskOutlineOnPlane(mask, 2, 4).map(key).sort()).toEqual(
      ['1.5,2.5,1.5,3.5', '1.5,3.5,1.5,4.5', '3.5,2.5,3.5,3.5', '3.5,3.5,3.5,4.5', '1.5,2.5,2.5,2.5', '2.5,2.5,3.5,2.5', '1.5,4.5,2.5,4.5', '2.5,4.5,3.5,4.5'].sort(),
    );
    const l = maskOutlineOnPlane(mask, 2, 5).map(key);
    expect(l).toHaveLength(8);
    expect(l).toContain('2.5,3.5,2.5,4.5'); // the notch where (3, 4, 5) is unset
    expect(maskOutlineOnPlane(mask, 2, 3)).toEqual([]);
    expect(maskOutlineOnPlane(mask, 2, 6)).toEqual([]);
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
