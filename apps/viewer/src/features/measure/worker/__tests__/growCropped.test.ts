import { describe, expect, it } from 'vitest';
import { cropMask, growRegion } from '@caliper/engine';
import { growCropped } from '../growCropped';
import { grid, volumeOf } from './fixtures';

// A 4×3×2 block of 40 (i 2–5, j 1–3, k 1–2) in 100, plus a lone 40 voxel at (8, 8, 4) not connected to it.
const f = (i: number, j: number, k: number) => ((i >= 2 && i <= 5 && j >= 1 && j <= 3 && k >= 1 && k <= 2) || (i === 8 && j === 8 && k === 4) ? 40 : 100);
const v = volumeOf(grid([10, 10, 6]), f);
const dims = v.geometry.dimensions;

describe('growCropped', () => {
  it('gives the region cut to its bbox (same as cropMask(growRegion)) and leaves the scratch all zero', () => {
    const scratch = new Uint8Array(600);
    const r = growCropped(dims, v.data, [3, 2, 1], 30, 50, scratch);
    expect(r.voxelCount).toBe(24);
    expect(r.truncated).toBe(false);
    expect(r.mask.bbox).toEqual([[2, 1, 1], [5, 3, 2]]);
    expect(r.mask.data.length).toBe(24);
    expect([...r.mask.data].every((x) => x === 1)).toBe(true);
    expect(r.mask).toEqual(cropMask(growRegion(dims, v.data, [3, 2, 1], 30, 50).mask));
    expect(scratch.some((x) => x !== 0)).toBe(false);
    // Reusing the (still zeroed) scratch gives the same answer; another seed finds only its voxel.
    expect(growCropped(dims, v.data, [3, 2, 1], 30, 50, scratch)).toEqual(r);
    const lone = growCropped(dims, v.data, [8, 8, 4], 30, 50, scratch);
    expect(lone.voxelCount).toBe(1);
    expect(lone.mask.bbox).toEqual([[8, 8, 4], [8, 8, 4]]);
    expect(scratch.some((x) => x !== 0)).toBe(false);
  });

  it('a seed outside the bounds gives an empty mask (bbox null, no data)', () => {
    const scratch = new Uint8Array(600);
    const r = growCropped(dims, v.data, [0, 0, 0], 30, 50, scratch);
    expect(r).toEqual({ mask: { dimensions: [10, 10, 6], bbox: null, data: new Uint8Array(0) }, voxelCount: 0, truncated: false });
  });

  it('a truncated region (maxVoxels) is cropped and cleared too', () => {
    const scratch = new Uint8Array(600);
    const r = growCropped(dims, v.data, [2, 1, 1], 30, 50, scratch, { maxVoxels: 6 });
    expect(r.truncated).toBe(true);
    expect(r.voxelCount).toBe(6);
    expect([...r.mask.data].reduce((a, b) => a + b, 0)).toBe(6);
    expect(scratch.some((x) => x !== 0)).toBe(false);
  });
});
