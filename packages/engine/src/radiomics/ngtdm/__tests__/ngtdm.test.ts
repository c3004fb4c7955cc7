import { describe, expect, it } from 'vitest';
import { makeLevels } from '../../texture/testing';
import { computeNgtdmFamily } from '../computeNgtdmFamily';
import { computeNgtdmFeatures } from '../computeNgtdmFeatures';

//   1 2 2
//   1 1 2
//   3 3 1
const roi = makeLevels([[[1, 2, 2], [1, 1, 2], [3, 3, 1]]], 3);

describe('NGTDM', () => {
  // |i − mean of the in-ROI 8-neighbours| by hand: level 1: 1/3, 1, 7/8, 1; level 2: 3/5, 1/3, 1/5; level 3: 4/3, 7/5.
  const s1 = 1 / 3 + 1 + 7 / 8 + 1, s2 = 3 / 5 + 1 / 3 + 1 / 5, s3 = 4 / 3 + 7 / 5;
  it('coarseness and strength', () => {
    const f = computeNgtdmFamily(roi, '2D')['2D'];
    expect(f[0]).toBeCloseTo(1 / ((4 * s1 + 3 * s2 + 2 * s3) / 9), 12);
    // Σ_i Σ_j (p_i + p_j)(i − j)² = 2·(7/9·1 + 6/9·4 + 5/9·1) = 8.
    expect(f[4]).toBeCloseTo(8 / (s1 + s2 + s3), 12);
  });
  it('2D and 2.5D agree on one slice; 3D sees the same in-plane neighbours here', () => {
    const two = computeNgtdmFamily(roi, '2D'), three = computeNgtdmFamily(roi, '3D');
    for (let q = 0; q < 5; q++) {
      expect(two['2.5D'][q]).toBeCloseTo(two['2D'][q], 12);
      expect(three['3D'][q]).toBeCloseTo(two['2D'][q], 12);
    }
  });
  it('a uniform ROI: coarseness 10⁶, the rest 0', () => {
    expect(computeNgtdmFeatures(Float64Array.of(0, 0), Float64Array.of(0, 5))).toEqual([1e6, 0, 0, 0, 0]);
  });
});
