import { describe, expect, it } from 'vitest';
import { computeRoiStats } from '../computeRoiStats';
import { selectQuantiles } from '../selectQuantiles';
import { computeHistogram } from '../computeHistogram';
import { makeGeometry, makeMask, makeVolume } from '../../testing/fixtures';

describe('selectQuantiles (numpy linear)', () => {
  it('interpolates between closest ranks', () => {
    // sorted 1,2,3,4: p10 -> h=0.3 -> 1.3; p50 -> h=1.5 -> 2.5; p90 -> h=2.7 -> 3.7
    expect(selectQuantiles(Float64Array.of(4, 1, 3, 2), [10, 50, 90])).toEqual([1.3, 2.5, 3.7].map((x) => expect.closeTo(x, 12)));
  });
  it('handles one value, duplicates and extremes', () => {
    expect(selectQuantiles(Float64Array.of(7), [0, 50, 100])).toEqual([7, 7, 7]);
    // sorted 1,1,1,5,5: p50 -> h=2 -> 1; p90 -> h=3.6 -> 5; p70 -> h=2.8 -> 1+0.8*4 = 4.2
    expect(selectQuantiles(Float64Array.of(5, 1, 5, 1, 1), [50, 90, 70])).toEqual([1, 5, expect.closeTo(4.2, 12)]);
    expect(selectQuantiles(new Float64Array(0), [50])).toEqual([NaN]);
  });
  it('matches a full sort on random data', () => {
    let s = 12345;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const a = Float64Array.from({ length: 1001 }, () => Math.floor(rnd() * 50));
    const sorted = Array.from(a).sort((x, y) => x - y);
    const np = (p: number) => {
      const h = ((a.length - 1) * p) / 100, lo = Math.floor(h);
      return sorted[lo] + (h - lo) * ((sorted[lo + 1] ?? sorted[lo]) - sorted[lo]);
    };
    expect(selectQuantiles(a, [10, 50, 90, 33])).toEqual([np(10), np(50), np(90), np(33)].map((x) => expect.closeTo(x, 10)));
  });
});

describe('computeHistogram', () => {
  it('bins values with the last bin closed', () => {
    const h = computeHistogram([0, 1, 2, 3, 4], { bins: 2 });
    // width 2: [0,2) -> 0,1 ; [2,4] -> 2,3,4
    expect(h.min).toBe(0);
    expect(h.binWidth).toBe(2);
    expect(Array.from(h.counts)).toEqual([2, 3]);
  });
});

describe('computeRoiStats', () => {
  // 4x1x1 volume with voxel size 2x1x5 mm = 10 mm³; ROI = voxels 0,1,3 with values 2,4,9
  const g = makeGeometry([4, 1, 1], [2, 1, 5]);
  const vol = makeVolume(g, Int16Array.of(2, 4, 100, 9), 'HU');
  const mask = makeMask([4, 1, 1], [1, 1, 0, 1]);
  const st = computeRoiStats(vol, mask, { histogram: { bins: 7 } });
  it('counts and volume', () => {
    expect(st.voxelCount).toBe(3);
    expect(st.volumeMl).toBeCloseTo(0.03, 12);
    expect(st.unit).toBe('HU');
  });
  it('moments: mean 5, population variance (9+1+16)/3', () => {
    expect(st.mean).toBe(5);
    expect(st.sd).toBeCloseTo(Math.sqrt(26 / 3), 12);
    // m3 = (-27 - 1 + 64)/3 = 12 ; skew = 12 / (26/3)^1.5
    expect(st.skewness).toBeCloseTo(12 / Math.pow(26 / 3, 1.5), 12);
    // m4 = (81 + 1 + 256)/3 = 112.667 ; kurt = m4 / m2^2 - 3
    expect(st.kurtosis).toBeCloseTo(338 / 3 / (26 / 3) ** 2 - 3, 12);
  });
  it('order statistics: min 2, max 9, median 4, p10 2.4, p90 8', () => {
    expect([st.min, st.max, st.median]).toEqual([2, 9, 4]);
    // sorted 2,4,9: p10 -> h=0.2 -> 2.4 ; p90 -> h=1.8 -> 4+0.8*5 = 8
    expect(st.p10).toBeCloseTo(2.4, 12);
    expect(st.p90).toBeCloseTo(8, 12);
  });
  it('histogram over [min, max]: width 1, values 2,4,9 -> bins 0,2,6', () => {
    expect(Array.from(st.histogram!.counts)).toEqual([1, 0, 1, 0, 0, 0, 1]);
  });
  it('constant ROI has zero skewness/kurtosis, empty ROI is NaN', () => {
    const c = computeRoiStats(makeVolume(g, Float32Array.of(3, 3, 3, 3)), makeMask([4, 1, 1], [1, 1, 1, 1]));
    expect([c.sd, c.skewness, c.kurtosis]).toEqual([0, 0, 0]);
    const e = computeRoiStats(vol, makeMask([4, 1, 1], [0, 0, 0, 0]));
    expect(e.voxelCount).toBe(0);
    expect(e.mean).toBeNaN();
  });
});
