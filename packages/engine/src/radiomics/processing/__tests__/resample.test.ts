import { describe, expect, it } from 'vitest';
import { makeGeometry, makeMask, makeVolume } from '../../../testing/fixtures';
import { computeInterpolationGrid } from '../computeInterpolationGrid';
import type { InterpolationGrid } from '../computeInterpolationGrid';
import { resampleBox } from '../resampleBox';
import { resampleRoi, roundHalfEven } from '../resampleRoi';

// 6 × 4 × 1 samples (i fastest); the same array in scipy is a[0, j, i].
const rows = [[3, 1, 4, 1, 5, 9], [2, 6, 5, 3, 5, 8], [9, 7, 9, 3, 2, 3], [8, 4, 6, 2, 6, 4]];
const data = Float64Array.from(rows.flat());
const geometry = makeGeometry([6, 4, 1]);
/** A grid whose single target voxel sits at source index (x, y, 0). */
const at = (x: number, y: number): InterpolationGrid => ({ geometry, start: [x, y, 0], step: [1, 1, 1] });
const sample = (x: number, y: number, method: 'nearest' | 'linear' | 'cubic') =>
  resampleBox(data, [6, 4, 1], at(x, y), [[0, 0, 0], [0, 0, 0]], { method, edge: 'nearest' })[0];

describe('interpolation grid (IBSI 026Q, QCY4: align grid centres)', () => {
  it('4 voxels of 3 mm → 6 voxels of 2 mm, first centre at −1/6 of a source voxel', () => {
    const g = computeInterpolationGrid(makeGeometry([4, 4, 60], [3, 3, 3], [10, 0, 0]), [2, 2, null]);
    expect(g.geometry.dimensions).toEqual([6, 6, 60]);
    expect(g.start[0]).toBeCloseTo(-1 / 6, 12);
    expect(g.step).toEqual([2 / 3, 2 / 3, 1]);
    expect(g.start[2]).toBe(0);
    expect(g.geometry.origin[0]).toBeCloseTo(10 - 0.5, 12);
  });
  it('⌈n·s_a/s_b⌉ is not fooled by rounding (60 × 3 mm / 2 mm = 90)', () => {
    expect(computeInterpolationGrid(makeGeometry([1, 1, 60], [1, 1, 3]), [null, null, 2]).geometry.dimensions[2]).toBe(90);
  });
});

describe('resampleBox', () => {
  // Values from scipy.ndimage.map_coordinates(a, coords, order=1 / 3, mode="nearest") (SciPy 1.17).
  it.each([
    [0.5, 0.5, 3, 2.401208083909703],
    [2.75, 1.25, 3.75, 3.7609445800498804],
    [5.3, -0.4, 9, 9.232348787883293],
    [-0.7, 3.6, 8, 8.064846993601039],
    [3, 2, 3, 3],
  ])('at (%f, %f): linear %f, cubic spline %f as scipy', (x, y, lin, cubic) => {
    expect(sample(x, y, 'linear')).toBeCloseTo(lin, 12);
    expect(sample(x, y, 'cubic')).toBeCloseTo(cubic, 9);
  });
  it('nearest neighbour and edge padding', () => {
    expect(sample(1.4, 0.6, 'nearest')).toBe(6);
    expect(sample(-3, 7, 'nearest')).toBe(8);
  });
  it('masks: zero beyond the grid', () => {
    const ones = new Float64Array(24).fill(1);
    const v = resampleBox(ones, [6, 4, 1], { geometry, start: [-0.5, 0, 0], step: [1, 1, 1] }, [[0, 0, 0], [0, 0, 0]], { method: 'linear', edge: 'zero' });
    expect(v[0]).toBe(0.5);
  });
});

describe('resampleRoi', () => {
  it('without interpolation: the ROI box plus room for the peak sphere, clipped to the image', () => {
    const g = makeGeometry([30, 30, 10], [1, 1, 2]);
    const vol = makeVolume(g, Float32Array.from({ length: 9000 }, (_, n) => n));
    const mask = makeMask([30, 30, 10], (i, j, k) => i >= 10 && i <= 12 && j === 15 && k === 5);
    const b = resampleRoi(vol, mask, null);
    // margin ⌈6.2035/1⌉ + 1 = 8 in-plane, ⌈6.2035/2⌉ + 1 = 5 across slices.
    expect(b.volume.geometry.dimensions).toEqual([19, 17, 10]);
    expect(b.mask.bbox).toEqual([[8, 8, 5], [10, 8, 5]]);
    expect(b.volume.data[8 + 19 * (8 + 17 * 5)]).toBe(10 + 30 * 15 + 900 * 5);
  });
  it('linear 2 mm → 1 mm: mask fractions ≥ ½ kept, intensities rounded half to even', () => {
    const g = makeGeometry([4, 4, 1], [2, 2, 2]);
    const vol = makeVolume(g, Float32Array.from({ length: 16 }, (_, n) => (n % 4) * 3));
    const mask = makeMask([4, 4, 1], (i, j) => i >= 1 && i <= 2 && j >= 1 && j <= 2);
    const b = resampleRoi(vol, mask, { spacingMm: [1, 1, null], method: 'linear', roundIntensities: true, maskMethod: 'linear', maskThreshold: 0.5 });
    expect(b.volume.geometry.spacing).toEqual([1, 1, 2]);
    // 8 × 8 grid, first centre at source −0.25; the 2 × 2 source square [1, 2] maps to target 2…5
    let n = 0;
    for (const x of b.mask.data) n += x;
    expect(n).toBe(16);
    expect([roundHalfEven(2.5), roundHalfEven(3.5), roundHalfEven(-2.5), roundHalfEven(-0.4)]).toEqual([2, 4, -2, -0]);
  });
});
