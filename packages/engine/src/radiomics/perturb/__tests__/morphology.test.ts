import { describe, expect, it } from 'vitest';
import { makeMask, maskVoxels } from '../../../testing/fixtures';
import { dilateMask } from '../dilateMask';
import { erodeMask } from '../erodeMask';

describe('erodeMask / dilateMask by one voxel', () => {
  it('erodes a 3×3 square to its centre (4-connected, in-plane)', () => {
    const m = makeMask([5, 5, 1], (i, j) => i >= 1 && i <= 3 && j >= 1 && j <= 3);
    const e = erodeMask(m, 4);
    expect(maskVoxels(e)).toEqual(maskVoxels(makeMask([5, 5, 1], (i, j) => i === 2 && j === 2)));
    expect(e.bbox).toEqual([[2, 2, 0], [2, 2, 0]]);
  });
  it('4-connected erosion keeps slices independent; 6-connected also needs the slices above and below', () => {
    const m = makeMask([5, 5, 3], (i, j) => i >= 1 && i <= 3 && j >= 1 && j <= 3);
    expect(erodeMask(m, 4).bbox).toEqual([[2, 2, 0], [2, 2, 2]]);
    // The top and bottom slices touch the grid edge (beyond the grid counts as outside): only k = 1 is left.
    expect(erodeMask(m, 6).bbox).toEqual([[2, 2, 1], [2, 2, 1]]);
  });
  it('erodes a ROI on the image edge there too, and a one-voxel ROI to nothing', () => {
    const m = makeMask([3, 3, 1], () => true);
    expect(maskVoxels(erodeMask(m, 4))).toEqual(maskVoxels(makeMask([3, 3, 1], (i, j) => i === 1 && j === 1)));
    expect(erodeMask(makeMask([3, 3, 1], (i, j) => i === 1 && j === 1), 4).bbox).toBeNull();
  });
  it('dilates one voxel to a cross of 5 (4-connected) or 7 (6-connected), clipped to the grid', () => {
    const one = makeMask([3, 3, 3], (i, j, k) => i === 1 && j === 1 && k === 1);
    const d4 = dilateMask(one, 4);
    expect(maskVoxels(d4)).toHaveLength(5);
    expect(d4.bbox).toEqual([[0, 0, 1], [2, 2, 1]]);
    const d6 = dilateMask(one, 6);
    expect(maskVoxels(d6)).toHaveLength(7);
    expect(d6.bbox).toEqual([[0, 0, 0], [2, 2, 2]]);
    const corner = dilateMask(makeMask([3, 3, 1], (i, j) => i === 0 && j === 0), 4);
    expect(maskVoxels(corner)).toHaveLength(3);
  });
});
