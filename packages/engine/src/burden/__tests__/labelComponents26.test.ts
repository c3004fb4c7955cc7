import { describe, expect, it } from 'vitest';
import { labelComponents } from '../../mask/labelComponents';
import { makeMask } from '../../testing/fixtures';
import { floodFill26 } from '../floodFill26';
import { labelComponents26 } from '../labelComponents26';

const at = (list: [number, number, number][]) => (i: number, j: number, k: number) => list.some(([a, b, c]) => a === i && b === j && c === k);
const sizes = (m: ReturnType<typeof makeMask>) => labelComponents26(m).components.map((c) => c.voxelCount);

describe('labelComponents26: faces, edges and corners connect', () => {
  it('corner-touching voxels are one lesion (two with 6-connectivity)', () => {
    const m = makeMask([3, 3, 3], at([[0, 0, 0], [1, 1, 1], [2, 2, 2]]));
    expect(sizes(m)).toEqual([3]);
    expect(labelComponents(m).components.map((c) => c.voxelCount)).toEqual([1, 1, 1]);
  });
  it('edge-touching voxels are one lesion; a one-voxel gap separates', () => {
    expect(sizes(makeMask([3, 3, 1], at([[0, 0, 0], [1, 1, 0]])))).toEqual([2]);
    expect(sizes(makeMask([3, 1, 1], at([[0, 0, 0], [2, 0, 0]])))).toEqual([1, 1]);
  });
  it('sorted largest first with 1-based labels, bbox and voxel lists; the mask is left as it was', () => {
    // A 2×2×1 block and a lone voxel 2 voxels away.
    const m = makeMask([5, 2, 2], at([[3, 0, 1], [0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0]]));
    const before = Uint8Array.from(m.data);
    const r = labelComponents26(m);
    expect(r.components.map((c) => [c.label, c.voxelCount])).toEqual([[1, 4], [2, 1]]);
    expect(r.components[0].bbox).toEqual([[0, 0, 0], [1, 1, 0]]);
    expect(r.components[1].bbox).toEqual([[3, 0, 1], [3, 0, 1]]);
    const c2 = r.components[1];
    expect(Array.from(r.voxels.subarray(c2.start, c2.start + 1))).toEqual([3 + 5 * 2]);
    expect(m.data).toEqual(before);
    expect(labelComponents26(m, { minVoxels: 2 }).components.map((c) => c.voxelCount)).toEqual([4]);
  });
  it('empty mask: no components', () => {
    expect(labelComponents26(makeMask([2, 2, 2], () => false))).toEqual({ voxels: new Int32Array(0), components: [] });
  });
});

describe('floodFill26', () => {
  it('never leaves the grid: a voxel on the last column does not wrap to the next row', () => {
    // 3×2×1: (2,0) and (0,1) are adjacent in memory (indices 2 and 3) but not on the grid.
    const on = new Set([2, 3]);
    const seen: number[] = [];
    const r = floodFill26([3, 2, 1], 2, (n) => on.has(n) && !seen.includes(n), { visit: (n) => seen.push(n) });
    expect(r.count).toBe(1);
    expect(seen).toEqual([2]);
  });
  it('grows its queue past the initial size', () => {
    const n = 20 * 20 * 20;
    const marks = new Uint8Array(n);
    const r = floodFill26([20, 20, 20], 0, (q) => marks[q] === 0, { visit: (q) => (marks[q] = 1), queue: new Int32Array(4) });
    expect(r.count).toBe(n);
  });
});
