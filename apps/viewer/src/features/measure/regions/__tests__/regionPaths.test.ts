import { describe, expect, it } from 'vitest';
import type { CroppedMask } from '@caliper/engine';
import { maskRunsOnPlane, regionPaths } from '../regionPaths';

// bbox i 2..4, j 1..2, k 5..5 (3×2×1), i fastest: row j=1 → 1 1 0; row j=2 → 1 0 1.
const mask: CroppedMask = { dimensions: [10, 10, 10], bbox: [[2, 1, 5], [4, 2, 5]], data: Uint8Array.from([1, 1, 0, 1, 0, 1]) };
// 10 px per voxel, (0,0) at the canvas origin.
const toCanvas = { o: [0, 0], u: [10, 0], v: [0, 10] } as const;

describe('maskRunsOnPlane', () => {
  it('runs of set voxels on an axial plane, in full-grid index', () => {
    expect(maskRunsOnPlane(mask, 2, 5)).toEqual([[2, 3, 1], [2, 2, 2], [4, 4, 2]]);
  });
  it('a sagittal plane i = 4: (j, k) runs', () => {
    expect(maskRunsOnPlane(mask, 0, 4)).toEqual([[2, 2, 5]]);
  });
  it('a plane outside the bbox has none', () => {
    expect(maskRunsOnPlane(mask, 2, 6)).toEqual([]);
    expect(maskRunsOnPlane({ ...mask, bbox: null, data: new Uint8Array(0) }, 2, 5)).toEqual([]);
  });
});

describe('regionPaths', () => {
  it('a fill quad per run (voxel faces at ±½) and the outline edges, in canvas px', () => {
    const p = regionPaths(mask, 2, 5, toCanvas);
    expect(p.fill.split('M')).toHaveLength(4);
    expect(p.fill.startsWith('M15.0,5.0L35.0,5.0L35.0,15.0L15.0,15.0Z')).toBe(true);
    // Boundary edges of (2,1), (3,1), (2,2), (4,2): 2 + 3 + 3 + 4.
    expect(p.outline.split('M').length - 1).toBe(12);
  });
  it('nothing on a plane the mask misses', () => {
    expect(regionPaths(mask, 2, 4, toCanvas)).toEqual({ outline: '', fill: '' });
  });
});
