import { describe, expect, it } from 'vitest';
import { convexHull2d } from '../convexHull2d';
import { hullDiameter } from '../hullDiameter';
import { measureRecist } from '../measureRecist';
import { makeGeometry, makeMask } from '../../testing/fixtures';

describe('convexHull2d + hullDiameter', () => {
  it('hull of a square with interior and collinear points', () => {
    const xs = [0, 2, 2, 0, 1, 1], ys = [0, 0, 2, 2, 1, 0];
    expect(convexHull2d(xs, ys).sort()).toEqual([0, 1, 2, 3]);
    const d = hullDiameter(xs, ys, convexHull2d(xs, ys));
    expect(d.length).toBeCloseTo(Math.sqrt(8), 12);
  });
  it('rotating calipers equals brute force on random point sets', () => {
    let s = 7;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    for (let t = 0; t < 50; t++) {
      const n = 3 + Math.floor(rnd() * 40);
      const xs = Array.from({ length: n }, () => Math.round(rnd() * 30)), ys = Array.from({ length: n }, () => Math.round(rnd() * 30));
      let brute = 0;
      for (let p = 0; p < n; p++) for (let q = 0; q < n; q++) brute = Math.max(brute, Math.hypot(xs[p] - xs[q], ys[p] - ys[q]));
      expect(hullDiameter(xs, ys, convexHull2d(xs, ys)).length).toBeCloseTo(brute, 10);
    }
  });
  it('degenerate inputs', () => {
    expect(hullDiameter([1], [1], convexHull2d([1], [1])).length).toBe(0);
    expect(hullDiameter([1, 1], [1, 1], convexHull2d([1, 1], [1, 1])).length).toBe(0);
  });
});

describe('measureRecist (voxel centres)', () => {
  it('3x5 rectangle with 2x1 mm pixels: long = diagonal, short perpendicular', () => {
    // voxels i=0..2 (x 0..4 mm), j=0..4 (y 0..4 mm) on slice 1 of 3 slices with 5 mm spacing
    const g = makeGeometry([4, 6, 3], [2, 1, 5], [100, 0, 0]);
    const m = makeMask([4, 6, 3], (i, j, k) => k === 1 && i <= 2 && j <= 4);
    const r = measureRecist(g, m)!;
    expect(r.sliceIndex).toBe(1);
    expect(r.longMm).toBeCloseTo(Math.sqrt(32), 12);
    expect(r.long.map((p) => p[2])).toEqual([5, 5]);
    const xs = r.long.map((p) => p[0]).sort();
    expect(xs).toEqual([100, 104]);
    // the other diagonal is exactly perpendicular for a 4x4 mm square of centres
    expect(r.shortMm).toBeCloseTo(Math.sqrt(32), 12);
  });
  it('picks the slice with the longest axis; short axis of a thin bar is ~0', () => {
    const g = makeGeometry([6, 3, 2]);
    const m = makeMask([6, 3, 2], (i, j, k) => (k === 0 && i < 3 && j === 0) || (k === 1 && j === 1));
    const r = measureRecist(g, m)!;
    expect(r.sliceIndex).toBe(1);
    expect(r.longMm).toBe(5);
    expect(r.shortMm).toBe(0);
  });
  it('plus-shaped cross: long 4 (tip to tip), short 4 perpendicular', () => {
    const g = makeGeometry([5, 5, 1]);
    const m = makeMask([5, 5, 1], (i, j) => i === 2 || j === 2);
    const r = measureRecist(g, m)!;
    expect(r.longMm).toBeCloseTo(4, 12);
    expect(r.shortMm).toBeCloseTo(4, 12);
  });
  it('null for an empty mask', () => {
    expect(measureRecist(makeGeometry([2, 2, 1]), makeMask([2, 2, 1], [0, 0, 0, 0]))).toBeNull();
  });
});
