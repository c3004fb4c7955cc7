import { describe, expect, it } from 'vitest';
import { makeGeometry, makeMask, makeVolume } from '../../testing/fixtures';
import { computeDmax } from '../computeDmax';
import { computeSdmax } from '../computeSdmax';
import { labelComponents26 } from '../labelComponents26';
import { measureLesions } from '../measureLesions';

describe('measureLesions: volume, SUVmax/mean/peak, TLG, centroid', () => {
  // 3×3×3, 5 mm voxels (0.125 mL), origin [100, 0, −50]; lesion = (1,1,1) at 6 and (2,1,1) at 4; background 1.
  const g = makeGeometry([3, 3, 3], [5, 5, 5], [100, 0, -50]);
  const data = new Float32Array(27).fill(1);
  data[13] = 6;
  data[14] = 4;
  const vol = makeVolume(g, data, 'SUVbw', 'PT');
  const lesionMask = makeMask([3, 3, 3], (i, j, k) => j === 1 && k === 1 && i >= 1);

  it('hand-computed values', () => {
    const [l] = measureLesions(vol, labelComponents26(lesionMask));
    expect(l.id).toBe(1);
    expect(l.voxelCount).toBe(2);
    expect(l.volumeMl).toBeCloseTo(0.25, 12);
    expect(l.suvMax).toBe(6);
    expect(l.suvMean).toBe(5);
    expect(l.tlg).toBeCloseTo(1.25, 12);
    expect(l.centroidMm).toEqual([100 + 7.5, 5, -45]);
    // IBSI peak: 6.2035 mm at 5 mm spacing = the voxel + its 6 face neighbours (edges are 7.07 mm).
    // Centre (1,1,1): (6 + 4 + 5 × 1) / 7 = 2.142857; centre (2,1,1): (4 + 6 + 4 × 1) / 6 = 2.333333
    // (its +x neighbour is outside the image). The peak is not at the max voxel.
    expect(l.suvPeak).toBeCloseTo(14 / 6, 6);
  });
  it('minimum volume: a lesion below it is dropped, one at it is kept', () => {
    expect(measureLesions(vol, labelComponents26(lesionMask), { minVolumeMl: 0.25 })).toHaveLength(1);
    expect(measureLesions(vol, labelComponents26(lesionMask), { minVolumeMl: 0.2501 })).toHaveLength(0);
  });
});

describe('computeDmax / computeSdmax', () => {
  it('largest centroid distance: 3-4-5 and 12 → 13 mm', () => {
    expect(computeDmax([[0, 0, 0], [3, 4, 0], [0, 0, 12]])).toEqual({ dmaxMm: 13, pair: [1, 2] });
    expect(computeDmax([[1, 2, 3]])).toEqual({ dmaxMm: 0, pair: null });
    expect(computeDmax([])).toEqual({ dmaxMm: 0, pair: null });
  });
  it('SDmax = (Dmax / 1000) / BSA: 500 mm over a 1.848 m² patient (70 kg, 1.75 m Du Bois) = 0.2706 m⁻¹', () => {
    expect(computeSdmax(500, 1.848)).toBeCloseTo(0.27056, 5);
    expect(computeSdmax(500, null)).toBeNull();
  });
  it('500 lesions: exact all-pairs answer', () => {
    const pts = Array.from({ length: 500 }, (_, q) => [Math.cos(q) * 100, Math.sin(q) * 100, q] as const);
    pts[123] = [0, 0, -1000];
    // The farthest pair is (123, 499): z 499 vs −1000, in-plane 100 mm apart.
    const d = computeDmax(pts);
    expect(d.pair).toEqual([123, 499]);
    expect(d.dmaxMm).toBeCloseTo(Math.hypot(100, 1499), 9);
  });
});
