import { describe, expect, it } from 'vitest';
import { computeIntensityHistogramFeatures } from '../../intensity_histogram/computeIntensityHistogramFeatures';
import { computeIntensityStatistics } from '../computeIntensityStatistics';

describe('intensity statistics (IBSI UHIW)', () => {
  // 1, 2, 3, 4, 10: mean 4, population variance 10, median 3, P10 1.4, P25 2, P75 4, P90 7.6
  const s = computeIntensityStatistics([1, 2, 3, 4, 10]);
  it('moments, percentiles (numpy linear) and ranges', () => {
    expect([s.Q4LE, s.ECT3, s.Y12H, s['1GSF'], s.QG58, s['8DWT'], s['84IY'], s.SALO, s['2OJQ']]).toEqual([4, 10, 3, 1, expect.closeTo(1.4, 12), expect.closeTo(7.6, 12), 10, 2, 9]);
    expect(s.KE2A).toBeCloseTo((((-3) ** 3 + (-2) ** 3 + (-1) ** 3 + 0 + 6 ** 3) / 5) / 10 ** 1.5, 12);
  });
  it('deviations, CoV, QCoD, energy, RMS', () => {
    expect(s['4FUA']).toBeCloseTo((3 + 2 + 1 + 0 + 6) / 5, 12);
    // P10..P90 keeps 2, 3, 4 (mean 3): |−1| + 0 + 1 over 3
    expect(s['1128']).toBeCloseTo(2 / 3, 12);
    expect(s.N72L).toBeCloseTo((2 + 1 + 0 + 1 + 7) / 5, 12);
    expect(s['7TET']).toBeCloseTo(Math.sqrt(10) / 4, 12);
    expect(s['9S40']).toBeCloseTo(2 / 6, 12);
    expect(s.N8CA).toBe(130);
    expect(s['5ZWQ']).toBeCloseTo(Math.sqrt(26), 12);
  });
  it('a constant ROI: skewness and kurtosis 0, CoV 0', () => {
    const c = computeIntensityStatistics([5, 5, 5]);
    expect([c.KE2A, c.IPH6, c['7TET']]).toEqual([0, 0, 0]);
  });
});

describe('intensity histogram (IBSI ZVCW)', () => {
  it('mode ties go to the bin nearest the mean, then the lower one; gradients over the non-sparse histogram', () => {
    // levels 1,1,3,3,4 (ng 4): counts 2,0,2,1; mean 2.4 → modes 1 and 3 tie, 3 is nearer
    const f = computeIntensityHistogramFeatures([1, 1, 3, 3, 4], 4);
    expect(f.AMMC).toBe(3);
    // H' = [0−2, (2−2)/2, (1−0)/2, 1−2] = [−2, 0, 0.5, −1]
    expect([f['12CE'], f['8E6O'], f.VQB3, f.RHQZ]).toEqual([0.5, 3, -2, 1]);
    expect(f.TLU2).toBeCloseTo(-(2 * 0.4 * Math.log2(0.4) + 0.2 * Math.log2(0.2)), 12);
    expect(f.BJ5W).toBeCloseTo(0.16 + 0.16 + 0.04, 12);
    expect(computeIntensityHistogramFeatures([1, 2, 2, 3], 3).AMMC).toBe(2);
    expect(computeIntensityHistogramFeatures([1, 3], 3).AMMC).toBe(1);
  });
  it('one grey level: no gradient', () => {
    expect(computeIntensityHistogramFeatures([1, 1], 1)['12CE']).toBeNull();
  });
});
