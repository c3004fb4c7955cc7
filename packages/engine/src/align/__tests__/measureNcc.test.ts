import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { measureNcc } from '../measureNcc';
import { selectSamples } from '../selectSamples';
import type { AlignSamples } from '../selectSamples';
import { makeGeometry } from '../../testing/fixtures';

/** Samples at given offsets (mm) with given fixed values. */
const samples = (pts: number[][], values: number[]): AlignSamples => ({
  count: pts.length,
  x: Float32Array.from(pts, (p) => p[0]),
  y: Float32Array.from(pts, (p) => p[1]),
  z: Float32Array.from(pts, (p) => p[2]),
  value: Float32Array.from(values),
  centre: patientPoint(0, 0, 0),
  radiusMm: 1,
});
// Moving 4×2×2, value = 10·i + j + 100·k (linear, so trilinear interpolation is exact).
const moving = { geometry: makeGeometry([4, 2, 2]), data: Float32Array.from({ length: 16 }, (_, n) => 10 * (n % 4) + (Math.floor(n / 4) % 2) + 100 * Math.floor(n / 8)) };
const identity = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0];

describe('measureNcc', () => {
  const pts = [[0, 0, 0], [1, 0, 0], [2.5, 0.5, 0], [3, 1, 1], [0.25, 0, 0.5]];
  it('is 1 for a linear intensity change of the same image (incl. interpolated points)', () => {
    const truth = pts.map(([i, j, k]) => 10 * i + j + 100 * k); // 0, 10, 25.5, 131, 52.5
    expect(measureNcc(samples(pts, truth.map((v) => 3 * v - 7)), moving, identity)).toBeCloseTo(1, 12);
    expect(measureNcc(samples(pts, truth.map((v) => -v)), moving, identity)).toBeCloseTo(-1, 12);
  });
  it('hand-computed r for two points and a shifted map', () => {
    // map adds 1 to i: samples at i = 0, 1 read 10 and 20; fixed values 1, 3 → r = 1. With a third
    // point fixed 2 at i = 2 (reads 30): f = (1, 3, 2), m = (10, 20, 30): r = 0.5.
    const shifted = [1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0];
    expect(measureNcc(samples([[0, 0, 0], [1, 0, 0]], [1, 3]), moving, shifted)).toBeCloseTo(1, 12);
    expect(measureNcc(samples([[0, 0, 0], [1, 0, 0], [2, 0, 0]], [1, 3, 2]), moving, shifted)).toBeCloseTo(0.5, 12);
  });
  it('leaves out samples outside the moving grid; −1 below the overlap fraction', () => {
    // 3 of 4 inside (i = 5 is outside 0..3): r over the 3 inside points = 1.
    const s = samples([[0, 0, 0], [1, 0, 0], [2, 0, 0], [5, 0, 0]], [0, 1, 2, 1000]);
    expect(measureNcc(s, moving, identity)).toBeCloseTo(1, 12);
    expect(measureNcc(s, moving, identity, 0.8)).toBe(-1);
  });
});

describe('selectSamples', () => {
  it('takes the above-threshold voxels grown by one voxel, positions relative to the centre', () => {
    // One bright voxel in the middle of 5×5×5 (1 mm, origin 0): the 3×3×3 block around (2,2,2).
    const g = makeGeometry([5, 5, 5]);
    const data = new Float32Array(125).fill(-1000);
    data[2 + 5 * 2 + 25 * 2] = 100;
    const s = selectSamples({ geometry: g, data }, { threshold: -500, maxSamples: 1000, centre: patientPoint(2, 2, 2) });
    expect(s.count).toBe(27);
    expect(Math.max(...s.x)).toBe(1);
    expect(Math.min(...s.z)).toBe(-1);
    expect([...s.value].filter((v) => v === 100)).toHaveLength(1);
    // RMS distance of the 27 offsets in {−1,0,1}³: √(Σ|o|²/27) = √(54/27) = √2
    expect(s.radiusMm).toBeCloseTo(Math.SQRT2, 6);
  });
  it('keeps about maxSamples of a large mask, deterministically', () => {
    const g = makeGeometry([40, 40, 40]);
    const data = new Float32Array(64000).fill(1);
    const a = selectSamples({ geometry: g, data }, { threshold: 0, maxSamples: 5000, centre: patientPoint(0, 0, 0) });
    expect(a.count).toBeGreaterThan(4700);
    expect(a.count).toBeLessThan(5300);
    expect(selectSamples({ geometry: g, data }, { threshold: 0, maxSamples: 5000, centre: patientPoint(0, 0, 0) }).count).toBe(a.count);
  });
});
