import { describe, expect, it } from 'vitest';
import { maskOutline, maskOutlineAlong } from '../maskOutline';

describe('maskOutline', () => {
  it('a 2×1 block has 6 boundary edges (perimeter 6 voxel sides)', () => {
    const mask = { dimensions: [10, 10, 10] as const, bbox: [[3, 4, 2], [4, 4, 2]] as const, data: new Uint8Array([1, 1]) };
    const e = maskOutline(mask, 2);
    expect(e).toHaveLength(6);
    expect(e).toContainEqual([2.5, 3.5, 2.5, 4.5]);
    expect(e).toContainEqual([4.5, 3.5, 4.5, 4.5]);
    expect(maskOutline(mask, 3)).toEqual([]);
  });
});

describe('maskOutlineAlong', () => {
  // An L of 3 voxels in the sagittal plane i = 5: (5,2,1), (5,3,1), (5,2,2) — bbox i 5..5, j 2..3, k 1..2.
  const mask = { dimensions: [10, 10, 10] as const, bbox: [[5, 2, 1], [5, 3, 2]] as const, data: new Uint8Array([1, 1, 1, 0]) };
  it('traces the sagittal plane: an L of 3 voxels has 8 boundary edges, at half-voxel offsets in j and k', () => {
    const e = maskOutlineAlong(mask, 0, 5);
    expect(e).toHaveLength(8);
    expect(e).toContainEqual([[5, 1.5, 0.5], [5, 1.5, 1.5]]); // left of (j 2, k 1)
    expect(e).toContainEqual([[5, 2.5, 1.5], [5, 3.5, 1.5]]); // above (j 3, k 1), where (j 3, k 2) is empty
    expect(e.every(([a, b]) => a[0] === 5 && b[0] === 5)).toBe(true);
  });
  it('a coronal plane through it (j = 3) cuts one voxel: 4 edges; planes outside the bbox: none', () => {
    expect(maskOutlineAlong(mask, 1, 3)).toHaveLength(4);
    expect(maskOutlineAlong(mask, 0, 4)).toEqual([]);
  });
  it('along axis 2 it agrees with maskOutline', () => {
    const flat = maskOutline(mask, 1).map(([i0, j0, i1, j1]) => [[i0, j0, 1], [i1, j1, 1]]);
    expect(maskOutlineAlong(mask, 2, 1)).toEqual(flat);
  });
});
