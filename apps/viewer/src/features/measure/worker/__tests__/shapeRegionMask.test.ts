import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { shapeRegionMask } from '../shapeRegionMask';
import { grid, volumeOf } from './fixtures';

describe('shapeRegionMask', () => {
  // 10×10×10 PET of 1 SUV with a hot 2×2×2 cube (SUV 10) at i,j,k ∈ {6,7}.
  const g = grid([10, 10, 10]);
  const pet = volumeOf(g, (i, j, k) => (i >= 6 && i <= 7 && j >= 6 && j <= 7 && k >= 6 && k <= 7 ? 10 : 1), 'SUVbw');
  const sphere = { kind: 'sphere' as const, center: patientPoint(6.5, 6.5, 6.5), radiusMm: 3 };

  it('a PET threshold ROI is the thresholded lesion (8 voxels) in full-grid index, not its sphere', () => {
    const m = shapeRegionMask(pet, { kind: 'petThreshold', within: sphere, mode: { kind: 'percentOfMax', percent: 41 } });
    expect(m.dimensions).toEqual([10, 10, 10]);
    expect(m.bbox).toEqual([[6, 6, 6], [7, 7, 7]]);
    expect(Array.from(m.data)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('the sphere alone selects its whole ball (more than the hot cube)', () => {
    const m = shapeRegionMask(pet, sphere);
    expect(m.bbox![0][0]).toBeLessThan(6);
    expect(m.data.reduce((a, b) => a + b, 0)).toBeGreaterThan(8);
  });

  it('a threshold above every voxel gives an empty mask', () => {
    const m = shapeRegionMask(pet, { kind: 'petThreshold', within: sphere, mode: { kind: 'absolute', suv: 50 } });
    expect(m.bbox).toBeNull();
    expect(m.data.length).toBe(0);
  });

  it('a shape outside the grid gives an empty mask', () => {
    const m = shapeRegionMask(pet, { kind: 'sphere', center: patientPoint(100, 100, 100), radiusMm: 2 });
    expect(m.bbox).toBeNull();
  });
});
