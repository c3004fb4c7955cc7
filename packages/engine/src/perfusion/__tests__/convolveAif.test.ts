import { describe, expect, it } from 'vitest';
import { convolveAif } from '../convolveAif';
import { computeExpIntegrals } from '../expIntegrals';
import { sampleAifAt } from '../aifCurve';

const curve = (t: number[], c: number[]) => ({ timesMin: Float64Array.from(t), plasmaMm: Float64Array.from(c) });

describe('convolveAif', () => {
  it('constant Cp = 1: F = (1 − e^(−kt))/k and ∂F/∂k = (k t e^(−kt) − 1 + e^(−kt))/k²', () => {
    const k = 0.8, ts = [0, 0.5, 1, 3];
    const d = new Float64Array(4);
    const f = convolveAif(curve([0, 10], [1, 1]), k, ts, { derivative: d });
    ts.forEach((t, n) => {
      expect(f[n]).toBeCloseTo((1 - Math.exp(-k * t)) / k, 14);
      expect(d[n]).toBeCloseTo((k * t * Math.exp(-k * t) - 1 + Math.exp(-k * t)) / (k * k), 13);
    });
  });

  it('ramp Cp = s: F = t/k − (1 − e^(−kt))/k²', () => {
    const k = 2.5;
    const f = convolveAif(curve([0, 4], [0, 4]), k, [1, 2.5, 4]);
    [1, 2.5, 4].forEach((t, n) => expect(f[n]).toBeCloseTo(t / k - (1 - Math.exp(-k * t)) / (k * k), 13));
  });

  it('k = 0 is the integral (trapezoids), a jump costs nothing, past the last node the value is held', () => {
    // 0 until 1 min, jump to 2 mM, flat: ∫ to 2 = 2; to 3 (held) = 4.
    const f = convolveAif(curve([0, 1, 1, 2], [0, 0, 2, 2]), 0, [0.5, 1, 1.5, 2, 3]);
    expect(Array.from(f)).toEqual([0, 0, 1, 2, 4]);
    // Times before the first node give 0.
    expect(convolveAif(curve([1, 2], [1, 1]), 0, [0.5, 1.5])[0]).toBe(0);
  });

  it('matches fine numerical integration for an arbitrary curve and k, with the derivative', () => {
    const aif = curve([0, 0.2, 0.5, 1, 3], [0, 5, 2, 1.5, 0.8]);
    const k = 0.37, ts = [0.1, 0.35, 0.9, 2.2, 3.5];
    const d = new Float64Array(ts.length);
    const f = convolveAif(aif, k, ts, { derivative: d });
    const num = (kk: number, t: number) => {
      let acc = 0;
      const steps = 40000, h = t / steps;
      for (let q = 0; q < steps; q++) {
        const s = (q + 0.5) * h;
        acc += sampleAifAt(aif, s) * Math.exp(-kk * (t - s)) * h;
      }
      return acc;
    };
    ts.forEach((t, n) => {
      expect(f[n]).toBeCloseTo(num(k, t), 7);
      expect(d[n]).toBeCloseTo((num(k + 1e-4, t) - num(k - 1e-4, t)) / 2e-4, 6);
    });
  });
});

describe('computeExpIntegrals', () => {
  it('series and closed form agree at the switch (x = 0.5) and give φ(0) = 1, 1/2, 1/3', () => {
    const a = computeExpIntegrals(0.5 - 1e-15, new Float64Array(4));
    const b = computeExpIntegrals(0.5, new Float64Array(4));
    for (let m = 0; m < 4; m++) expect(a[m]).toBeCloseTo(b[m], 12);
    expect(Array.from(computeExpIntegrals(0, new Float64Array(4)))).toEqual([1, 1, 1 / 2, 1 / 3]);
  });
});

describe('sampleAifAt', () => {
  it('is linear between nodes and right-continuous at a jump', () => {
    const aif = curve([0, 1, 1, 3], [0, 0, 4, 2]);
    expect(sampleAifAt(aif, -1)).toBe(0);
    expect(sampleAifAt(aif, 0.5)).toBe(0);
    expect(sampleAifAt(aif, 1)).toBe(4);
    expect(sampleAifAt(aif, 2)).toBe(3);
    expect(sampleAifAt(aif, 9)).toBe(2);
  });
});
