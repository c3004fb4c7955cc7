import { describe, expect, it } from 'vitest';
import { labelComponents } from '../labelComponents';
import { fillHoles } from '../fillHoles';
import { computeMaskBbox } from '../computeMaskBbox';
import { makeMask, maskVoxels } from '../../testing/fixtures';

describe('labelComponents (6-connectivity)', () => {
  it('labels and sorts by size; diagonal contact does not connect', () => {
    // 5x2x1:
    // j=0: 1 0 1 1 1
    // j=1: 0 1 0 0 1
    const m = makeMask([5, 2, 1], [1, 0, 1, 1, 1, 0, 1, 0, 0, 1]);
    const labels = new Int32Array(10);
    const c = labelComponents(m, { labels });
    expect(c.components.map((x) => x.voxelCount)).toEqual([4, 1, 1]);
    expect(c.components[0].bbox).toEqual([[2, 0, 0], [4, 1, 0]]);
    expect(Array.from(labels)).toEqual([2, 0, 1, 1, 1, 0, 3, 0, 0, 1]);
    const big = c.components[0];
    expect(Array.from(c.voxels.subarray(big.start, big.start + big.voxelCount)).sort((a, b) => a - b)).toEqual([2, 3, 4, 9]);
  });
  it('drops components below minVoxels; empty mask', () => {
    const m = makeMask([3, 1, 1], [1, 0, 1]);
    expect(labelComponents(m, { minVoxels: 2 }).components).toEqual([]);
    expect(labelComponents(makeMask([2, 1, 1], [0, 0])).components).toEqual([]);
  });
});

describe('fillHoles (3D)', () => {
  it('fills an enclosed cavity but not a channel open to the outside', () => {
    // 3x3x3 cube shell with a hole in the middle
    const shell = makeMask([3, 3, 3], (i, j, k) => !(i === 1 && j === 1 && k === 1));
    expect(fillHoles(shell).data[13]).toBe(1);
    // a tube along z is open at both ends -> its centre line stays empty
    const tube = makeMask([3, 3, 3], (i, j) => !(i === 1 && j === 1));
    expect(maskVoxels(fillHoles(tube)).length).toBe(24);
  });
});

describe('computeMaskBbox', () => {
  it('is tight and null when empty', () => {
    const d = new Uint8Array(24);
    expect(computeMaskBbox([4, 3, 2], d)).toBeNull();
    d[1 + 4 * 2 + 12 * 1] = 1;
    d[3] = 1;
    expect(computeMaskBbox([4, 3, 2], d)).toEqual([[1, 0, 0], [3, 2, 1]]);
  });
});

describe('labelComponents inPlace', () => {
  it('gives the same components and leaves the mask as it was', () => {
    const m = makeMask([5, 2, 1], [1, 0, 1, 1, 1, 0, 1, 0, 0, 1]);
    const before = Array.from(m.data);
    const a = labelComponents(m), b = labelComponents(m, { inPlace: true });
    expect(b.components).toEqual(a.components);
    expect(Array.from(b.voxels)).toEqual(Array.from(a.voxels));
    expect(Array.from(m.data)).toEqual(before);
  });
});
