import { describe, expect, it } from 'vitest';
import { makeGeometry, makeVolume } from '../../../testing/fixtures';
import { addGaussianNoise } from '../addGaussianNoise';
import { estimateNoiseSigma } from '../estimateNoiseSigma';
import { gaussianNoiseAt } from '../gaussianNoiseAt';

describe('seeded Gaussian noise', () => {
  it('is a pure function of (seed, index), standard normal', () => {
    expect(gaussianNoiseAt(1, 12345)).toBe(gaussianNoiseAt(1, 12345));
    expect(gaussianNoiseAt(1, 12345)).not.toBe(gaussianNoiseAt(2, 12345));
    const n = 40000;
    let s = 0, ss = 0, within1 = 0;
    for (let q = 0; q < n; q++) {
      const z = gaussianNoiseAt(7, q);
      s += z;
      ss += z * z;
      if (Math.abs(z) <= 1) within1++;
    }
    const mean = s / n, sd = Math.sqrt(ss / n - mean * mean);
    // Standard errors: mean 0.005, SD 0.0035, P(|z| ≤ 1) = 0.6827 ± 0.0023.
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.015);
    expect(Math.abs(within1 / n - 0.6827)).toBeLessThan(0.01);
  });
  it('adds σ·z to each voxel, only inside the box when one is given', () => {
    const v = makeVolume(makeGeometry([3, 1, 1]), Int16Array.from([10, 20, 30]), 'HU');
    const all = addGaussianNoise(v, 2, 5);
    expect(Array.from(all.data)).toEqual([0, 1, 2].map((q) => Math.fround(v.data[q] + 2 * gaussianNoiseAt(5, q))));
    const part = addGaussianNoise(v, 2, 5, [[1, 0, 0], [1, 0, 0]]);
    expect([part.data[0], part.data[1], part.data[2]]).toEqual([10, all.data[1], 30]);
    expect(Array.from(addGaussianNoise(v, 0, 5).data)).toEqual([10, 20, 30]);
  });
});

describe('estimateNoiseSigma (wavelet MAD: median |HH| / 0.6745)', () => {
  it('is 0 on a smooth (linear) image', () => {
    expect(estimateNoiseSigma(makeVolume(makeGeometry([2, 2, 1]), Int16Array.from([1, 2, 3, 4])))).toBe(0);
  });
  it('takes the median of the 2×2 blocks\' diagonal details', () => {
    // Blocks (i fastest, 6×2): [0 0 | 0 0 | 0 0] over [0 2 | 0 6 | 0 10]: HH = |a − b − c + d|/2 = 1, 3, 5 → median 3.
    const v = makeVolume(makeGeometry([6, 2, 1]), Int16Array.from([0, 0, 0, 0, 0, 0, 0, 2, 0, 6, 0, 10]));
    expect(estimateNoiseSigma(v)).toBeCloseTo(3 / 0.6745, 12);
  });
  it('recovers the SD of added white noise', () => {
    const v = makeVolume(makeGeometry([64, 64, 4]), new Float32Array(64 * 64 * 4).fill(40));
    expect(estimateNoiseSigma(addGaussianNoise(v, 12, 3))).toBeGreaterThan(11.4);
    expect(estimateNoiseSigma(addGaussianNoise(v, 12, 3))).toBeLessThan(12.6);
  });
});
