import { describe, expect, it } from 'vitest';
import { assessFeatureRobustness } from '../assessFeatureRobustness';
import { coefficientOfVariation } from '../coefficientOfVariation';
import { computeIcc11 } from '../computeIcc11';

describe('coefficientOfVariation (sample SD / |mean|)', () => {
  it('hand-computed', () => {
    expect(coefficientOfVariation([1, 2, 3])).toBeCloseTo(0.5, 15); // SD 1, mean 2
    expect(coefficientOfVariation([-2, -4])).toBeCloseTo(Math.SQRT2 / 3, 15); // SD √2, |mean| 3
    expect(coefficientOfVariation([5, 5, 5])).toBe(0);
    expect(coefficientOfVariation([0, 0])).toBe(0);
    expect(coefficientOfVariation([-1, 1])).toBeNull();
    expect(coefficientOfVariation([3])).toBeNull();
  });
});

describe('computeIcc11 (Shrout & Fleiss ICC(1,1))', () => {
  it('hand-computed', () => {
    // Means 1.5, 3.5, grand 2.5: MSB = 2·(1 + 1)/1 = 4, MSW = (4·0.25)/(2·1) = 0.5 → 3.5/4.5.
    expect(computeIcc11([[1, 2], [3, 4]])).toBeCloseTo(7 / 9, 15);
    expect(computeIcc11([[1, 1], [2, 2]])).toBe(1);
    // No between-subject spread: MSB 0 → −MSW/MSW = −1 (k = 2).
    expect(computeIcc11([[1, 2], [1, 2]])).toBe(-1);
    // Three subjects, three measurements: means 2, 5, 8 (grand 5), MSB = 3·18/2 = 27, MSW = 6/6 = 1 → 26/29.
    expect(computeIcc11([[1, 2, 3], [4, 5, 6], [7, 8, 9]])).toBeCloseTo(26 / 29, 15);
  });
  it('is undefined with one subject, one measurement, ragged rows or all values equal', () => {
    expect(computeIcc11([[1, 2, 3]])).toBeNull();
    expect(computeIcc11([[1], [2]])).toBeNull();
    expect(computeIcc11([[1, 2], [3]])).toBeNull();
    expect(computeIcc11([[4, 4], [4, 4]])).toBeNull();
  });
});

describe('assessFeatureRobustness', () => {
  const t = { cv: 0.1, icc: 0.9 };
  it('flags a CV above the threshold', () => {
    expect(assessFeatureRobustness([100, 101, 99], [], t)).toMatchObject({ cv: 0.01, icc: null, unstable: false });
    expect(assessFeatureRobustness([1, 2, 3], [], t)).toMatchObject({ cv: 0.5, unstable: true });
  });
  it('with a cohort the ICC decides: a large CV with a high ICC is stable', () => {
    // Rows [100, 120], [300, 320]: MSB = 2·(2·100²)/1 = 40000, MSW = 4·100/2 = 200 → 39800/40200.
    const r = assessFeatureRobustness([100, 120], [[300, 320]], t);
    expect(r.cv).toBeCloseTo(Math.SQRT2 * 10 / 110, 12);
    expect(r.icc).toBeCloseTo(39800 / 40200, 12);
    expect(r.unstable).toBe(false);
  });
  it('flags an ICC below the threshold, over the subjects with every value defined', () => {
    const r = assessFeatureRobustness([100, 101], [[103, 104], [null, 1]], t);
    // Rows [100,101], [103,104]: MSB = 2·(2.25·2)/1 = 9, MSW = 0.25·4/2 = 0.5 → 8.5/9.5.
    expect(r.icc).toBeCloseTo(8.5 / 9.5, 15);
    expect(r.unstable).toBe(true);
  });
  it('flags a feature that becomes undefined under a perturbation; not one undefined throughout', () => {
    expect(assessFeatureRobustness([1, null, 1], [], t)).toMatchObject({ cv: null, icc: null, unstable: true });
    expect(assessFeatureRobustness([null, null], [], t)).toMatchObject({ cv: null, unstable: false });
    expect(assessFeatureRobustness([-1, 1], [], t)).toMatchObject({ cv: null, unstable: true });
  });
});
