import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { Geometry } from '@caliper/core';
import { PEAK_SPHERE_RADIUS_MM, suvPeak } from '../suvPeak';
import { adcFit } from '../adcFit';

const grid = (n: number, spacing: number): Geometry => ({
  dimensions: [n, n, n],
  origin: patientPoint(0, 0, 0),
  rowDirection: [1, 0, 0],
  columnDirection: [0, 1, 0],
  sliceDirection: [0, 0, 1],
  spacing: [spacing, spacing, spacing],
});

describe('IBSI SUVpeak', () => {
  it('1 cm³ sphere radius is 6.2035 mm', () => {
    expect(PEAK_SPHERE_RADIUS_MM).toBeCloseTo(6.2035, 4);
  });

  it('4 mm voxels: the sphere holds centre, 6 faces and 12 edges (19 voxels)', () => {
    // Offsets within 6.2035 mm at 4 mm spacing: |o|² ∈ {0, 16, 32} (centre, 6 faces, 12 edges); corners 48 > 38.5.
    const g = grid(5, 4);
    const suv = new Float64Array(125);
    const idx = (i: number, j: number, k: number) => i + 5 * j + 25 * k;
    suv[idx(2, 2, 2)] = 19; // centre
    suv[idx(3, 2, 2)] = 19; // a face neighbour
    const peak = suvPeak(g, suv, Int32Array.from([idx(2, 2, 2)]));
    expect(peak.value).toBeCloseTo(38 / 19, 12); // (19 + 19) / 19 voxels
    expect(peak.centreIndex).toBe(idx(2, 2, 2));
  });

  it('voxels outside the image are skipped (corner ROI voxel: 1 + 3 faces + 3 edges = 7 voxels)', () => {
    const g = grid(5, 4);
    const suv = new Float64Array(125).fill(1);
    suv[0] = 8;
    expect(suvPeak(g, suv, Int32Array.from([0])).value).toBeCloseTo((8 + 6) / 7, 12);
  });
});

describe('log-linear ADC fit', () => {
  it('recovers ADC from exact mono-exponential signals', () => {
    const b = [0, 50, 400, 800];
    expect(adcFit(b, b.map((x) => 1000 * Math.exp(-x * 1.1e-3)))).toBeCloseTo(1.1, 10);
  });
});
