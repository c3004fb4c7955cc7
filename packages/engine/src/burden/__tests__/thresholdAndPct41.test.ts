import { describe, expect, it } from 'vitest';
import { makeGeometry, makeMask, makeVolume } from '../../testing/fixtures';
import { growPct41Regions } from '../growPct41Regions';
import { labelComponents26 } from '../labelComponents26';
import { thresholdExcluding } from '../thresholdExcluding';

const line = (values: number[]) => makeVolume(makeGeometry([values.length, 1, 1]), Float32Array.from(values), 'SUVbw', 'PT');
const ones = (m: { data: Uint8Array }) => Array.from(m.data).flatMap((x, i) => (x ? [i] : []));
const excluding = (n: number, idx: number[]) => makeMask([n, 1, 1], (i) => idx.includes(i));

describe('thresholdExcluding: SUV >= t (inclusive), excluded voxels never pass', () => {
  it('inclusive bound, bbox', () => {
    const m = thresholdExcluding(line([1, 2.5, 3, 2.49, 4]), { min: 2.5 });
    expect(ones(m)).toEqual([1, 2, 4]);
    expect(m.bbox).toEqual([[1, 0, 0], [4, 0, 0]]);
  });
  it('lists the set voxels in scan order', () => {
    expect(Array.from(thresholdExcluding(line([1, 2.5, 3, 2.49, 4]), { min: 2.5 }).voxels)).toEqual([1, 2, 4]);
  });
  it('exclusion removes voxels; a reused buffer is fully overwritten', () => {
    const out = new Uint8Array(5).fill(1);
    const m = thresholdExcluding(line([1, 2.5, 3, 2.49, 4]), { min: 2.5, exclude: excluding(5, [2]), out });
    expect(m.data).toBe(out);
    expect(ones(m)).toEqual([1, 4]);
    expect(thresholdExcluding(line([1, 2]), { min: 2.5 }).bbox).toBeNull();
  });
});

/** pct41 on a line: candidates = 26-components of SUV >= 2.5, then each grows to 41 % of its max. */
function pct41(values: number[], exclude: number[] = []) {
  const vol = line(values);
  const ex = excluding(values.length, exclude);
  const cand = labelComponents26(thresholdExcluding(vol, { min: 2.5, exclude: ex }));
  const r = growPct41Regions(vol, cand, { exclude: ex });
  const lesions = labelComponents26(r.mask).components.map((c) => c.voxelCount);
  // The grown regions are the lesions: no labelling of the union is needed.
  expect(r.components.components.map((c) => c.voxelCount)).toEqual(lesions);
  return { regions: ones(r.mask), grown: r.grown, lesions };
}

describe('growPct41Regions: 41 % of each candidate SUVmax, overlapping regions merge', () => {
  it('three candidates, three regions reaching below 2.5 but not below 41 %', () => {
    //            0  1  2    3    4  5   6  7    8    9  10   11
    const v = [0, 3, 1.3, 1.2, 0, 10, 5, 4.2, 4.0, 0, 2.6, 0];
    // A: max 3 → level 1.23: {1, 2}. B: max 10 → 4.1: {5, 6, 7} (4.0 < 4.1). C: max 2.6 → 1.066: {10}.
    expect(pct41(v)).toEqual({ regions: [1, 2, 5, 6, 7, 10], grown: 3, lesions: [3, 2, 1] });
  });
  it('the weaker candidate\'s region reaches the stronger one: one lesion', () => {
    //            0  1   2  3    4  5  6
    const v = [0, 10, 5, 2.2, 5, 4, 0];
    // Candidates {1,2} (max 10, level 4.1) and {4,5} (max 5, level 2.05): the second grows
    // through 2.2 into the first, so the union {1..5} is one lesion; the max-10 seed lies in it.
    expect(pct41(v)).toEqual({ regions: [1, 2, 3, 4, 5], grown: 1, lesions: [5] });
  });
  it('an excluded voxel stops the growth: two lesions', () => {
    expect(pct41([0, 10, 5, 2.2, 5, 4, 0], [3])).toEqual({ regions: [1, 2, 4, 5], grown: 2, lesions: [2, 2] });
  });
  it('regions are 26-connected in 3D: a corner neighbour above 41 % joins', () => {
    // 2×2×2: max 10 at (0,0,0), 4.5 at the opposite corner (1,1,1), 0 elsewhere.
    const data = new Float32Array(8);
    data[0] = 10;
    data[7] = 4.5;
    const vol = makeVolume(makeGeometry([2, 2, 2]), data, 'SUVbw');
    const t = thresholdExcluding(vol, { min: 2.5 });
    // The candidate mask itself as the marks buffer: it becomes the result.
    const r = growPct41Regions(vol, labelComponents26(t, { seeds: t.voxels }), { marks: t.data });
    expect(r.mask.data).toBe(t.data);
    expect(ones(r.mask)).toEqual([0, 7]);
    expect(labelComponents26(r.mask).components).toHaveLength(1);
  });
});
