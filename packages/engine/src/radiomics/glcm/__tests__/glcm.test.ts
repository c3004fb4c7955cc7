import { describe, expect, it } from 'vitest';
import { makeLevels } from '../../texture/testing';
import { computeGlcmFamily } from '../computeGlcmFamily';
import { computeGlcmFeatures } from '../computeGlcmFeatures';

// 3×3×1 ROI (rows j = 0…2, columns i = 0…2):
//   1 2 2
//   1 1 2
//   3 3 1
const roi = makeLevels([[[1, 2, 2], [1, 1, 2], [3, 3, 1]]], 3);

describe('GLCM', () => {
  it('features of the symmetric (1,0) matrix counted by hand', () => {
    // Pairs along i: (1,2) (2,2) (1,1) (1,2) (3,3) (3,1), each counted both ways: 12 in total.
    const m = Float64Array.of(2, 2, 1, 2, 2, 0, 1, 0, 2);
    const f = computeGlcmFeatures(m, 3);
    expect(f[0]).toBeCloseTo(2 / 12, 12); // joint maximum
    expect(f[1]).toBeCloseTo(22 / 12, 12); // joint average
    expect(f[3]).toBeCloseTo((5 / 6) * Math.log2(6) + (1 / 6) * Math.log2(12), 12); // joint entropy
    expect(f[10]).toBeCloseTo(22 / 144, 12); // angular second moment
    expect(f[11]).toBeCloseTo(1, 12); // contrast Σ(i−j)²p
    expect(f[12]).toBeCloseTo(8 / 12, 12); // dissimilarity
    expect(f[19]).toBeCloseTo(42 / 12, 12); // autocorrelation Σ i·j·p
    expect(f[4]).toBeCloseTo(f[12], 12); // difference average = dissimilarity
  });

  it('an empty matrix has no defined feature', () => {
    expect(computeGlcmFeatures(new Float64Array(9), 3).every(Number.isNaN)).toBe(true);
  });

  it('2D aggregations of the contrast: per-direction sums of squared differences 6/6, 10/6, 4/4, 7/4', () => {
    const f = computeGlcmFamily(roi, '2D');
    const mean = (1 + 10 / 6 + 1 + 7 / 4) / 4;
    expect(f['2D:AVG'][11]).toBeCloseTo(mean, 12);
    expect(f['2.5D:DMRG'][11]).toBeCloseTo(mean, 12); // one slice: per-direction merging changes nothing
    expect(f['2D:SMRG'][11]).toBeCloseTo(27 / 20, 12);
    expect(f['2.5D:MRG'][11]).toBeCloseTo(27 / 20, 12);
  });

  it('3D on one slice: the 9 through-plane directions are empty and left out of the average', () => {
    const f = computeGlcmFamily(roi, '3D');
    expect(f['3D:AVG'][11]).toBeCloseTo((1 + 10 / 6 + 1 + 7 / 4) / 4, 12);
    expect(f['3D:MRG'][11]).toBeCloseTo(27 / 20, 12);
  });
});
