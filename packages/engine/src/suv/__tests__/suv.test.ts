import { describe, expect, it } from 'vitest';
import { sphereOffsets } from '../sphereOffsets';
import { computeSuvPeak, PEAK_SPHERE_RADIUS_MM } from '../computeSuvPeak';
import { computeSuvMetrics } from '../computeSuvMetrics';
import { computeRoiStats } from '../../stats/computeRoiStats';
import { makeGeometry, makeMask, makeVolume } from '../../testing/fixtures';

describe('sphereOffsets', () => {
  it('1 cm³ sphere radius is (3/4π)^(1/3) cm', () => {
    expect(PEAK_SPHERE_RADIUS_MM).toBeCloseTo(10 * Math.cbrt(3 / (4 * Math.PI)), 3);
  });
  it('4 mm voxels, r 6.2035: centre, 6 faces (4 mm), 12 edges (5.66 mm); corners (6.93) out', () => {
    expect(sphereOffsets([4, 4, 4], 6.2035).length / 3).toBe(19);
  });
  it('anisotropic: 2x2x5 mm', () => {
    // k=0: i²+j² <= 9.62 (in units of 2 mm) -> 29 points ; k=±1: 4(i²+j²) <= 38.48-25 -> i²+j² <= 3.37 -> 9 each
    expect(sphereOffsets([2, 2, 5], 6.2035).length / 3).toBe(29 + 18);
  });
});

describe('computeSuvPeak (IBSI 0F91)', () => {
  const g = makeGeometry([5, 1, 1], [4, 4, 4], [0, 0, 0]);
  // 1D line with 4 mm voxels: the sphere around a voxel holds it and its ±1 neighbours (4 mm)
  const vol = makeVolume(g, Float32Array.of(1, 8, 2, 9, 0), 'SUVbw');
  it('counts sphere voxels outside the ROI; image edges are left out', () => {
    // ROI = voxel 1 and 2 only: means at 1: (1+8+2)/3 = 11/3 ; at 2: (8+2+9)/3 = 19/3
    const r = computeSuvPeak(vol, makeMask([5, 1, 1], [0, 1, 1, 0, 0]));
    expect(r.peak).toBeCloseTo(19 / 3, 6);
    expect(r.peakCenterIndex).toEqual([2, 0, 0]);
    expect(r.peakCenterMm).toEqual([8, 0, 0]);
    // ROI = voxel 4 (edge): mean of (9, 0) = 4.5
    expect(computeSuvPeak(vol, makeMask([5, 1, 1], [0, 0, 0, 0, 1])).peak).toBeCloseTo(4.5, 6);
  });
  it('metrics: max, mean, MTV (mL) and TLG', () => {
    const mask = makeMask([5, 1, 1], [0, 1, 1, 1, 0]);
    const st = computeRoiStats(vol, mask);
    const s = computeSuvMetrics(vol, mask, st);
    expect(s.type).toBe('SUVbw');
    expect(s.max).toBe(9);
    expect(s.mean).toBeCloseTo(19 / 3, 6);
    expect(s.mtvMl).toBeCloseTo(3 * 0.064, 12);
    expect(s.tlg).toBeCloseTo((19 / 3) * 0.192, 6);
    expect(() => computeSuvMetrics(makeVolume(g, vol.data, 'HU'), mask, st)).toThrow(/not an SUV unit/);
  });
});
