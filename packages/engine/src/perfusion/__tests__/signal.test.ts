import { describe, expect, it } from 'vitest';
import { convertSignalToConcentration } from '../convertSignalToConcentration';
import { fitVfaT1 } from '../fitVfaT1';
import { fitVfaT1Map } from '../fitVfaT1Map';

const spgr = (m0: number, faDeg: number, trMs: number, r1PerS: number) => {
  const a = (faDeg * Math.PI) / 180, e = Math.exp(-(trMs / 1000) * r1PerS);
  return (m0 * Math.sin(a) * (1 - e)) / (1 - Math.cos(a) * e);
};

describe('convertSignalToConcentration (SPGR, linear relaxivity)', () => {
  it('inverts the signal equation: C = (R1 − 1/T10)/r1', () => {
    // T10 = 1 s, r1 = 4.5 /mM/s, FA 15°, TR 4 ms; C = 0, 0, 0.5, 2, 8 mM (8 mM takes the Math.log branch).
    const conc = [0, 0, 0.5, 2, 8];
    const s = conc.map((c) => spgr(1234, 15, 4, 1 + 4.5 * c));
    const out = convertSignalToConcentration(s, { baselineCount: 2, flipAngleDeg: 15, trMs: 4, t10Ms: 1000, r1PerMmS: 4.5 })!;
    conc.forEach((c, q) => expect(out[q]).toBeCloseTo(c, 10));
  });

  it('S0 is the mean of the baseline samples (baselineStart skips leading ones)', () => {
    const s0 = spgr(1000, 20, 5, 1);
    const s = [s0 * 2, s0, s0, spgr(1000, 20, 5, 1 + 4.5)];
    const out = convertSignalToConcentration(s, { baselineCount: 3, baselineStart: 1, flipAngleDeg: 20, trMs: 5, t10Ms: 1000 })!;
    expect(out[1]).toBeCloseTo(0, 12);
    expect(out[3]).toBeCloseTo(1, 10);
  });

  it('no S0 > 0 or no real R1 (E1 ≤ 0: M0 sin α ≤ S ≤ M0 sin α / cos α) → null', () => {
    const opts = { baselineCount: 1, flipAngleDeg: 15, trMs: 4, t10Ms: 1000 };
    expect(convertSignalToConcentration([0, 10], opts)).toBeNull();
    // M0 sin α = S0 (1 − cos α E10)/(1 − E10) = 947.4 for S0 = 100: S = 1.01 × that has E1 < 0.
    const m0SinA = (100 * (1 - Math.cos(Math.PI / 12) * Math.exp(-0.004))) / (1 - Math.exp(-0.004));
    expect(convertSignalToConcentration([100, 1.01 * m0SinA], opts)).toBeNull();
    expect(convertSignalToConcentration([100, 0.99 * m0SinA], opts)).not.toBeNull();
  });
});

describe('fitVfaT1 (DESPOT1 + nonlinear refinement)', () => {
  it('recovers T1 and M0 from noise-free signals', () => {
    const fa = [2, 5, 10, 15];
    const s = fa.map((a) => spgr(5000, a, 4, 1000 / 1300));
    const fit = fitVfaT1(s, fa, 4)!;
    expect(fit.t1Ms).toBeCloseTo(1300, 6);
    expect(fit.m0).toBeCloseTo(5000, 5);
    expect(fitVfaT1(s, fa, 4, { nonlinear: false })!.t1Ms).toBeCloseTo(1300, 6);
  });

  it('needs two flip angles and a physical solution', () => {
    expect(fitVfaT1([100], [5], 4)).toBeNull();
    expect(fitVfaT1([100, 100], [5, 5], 4)).toBeNull();
  });

  it('maps voxel by voxel; non-positive signal gives 0', () => {
    const fa = [3, 12];
    const images = fa.map((a) => Float32Array.from([spgr(800, a, 5, 1), 0, spgr(800, a, 5, 2)]));
    const map = fitVfaT1Map(images, fa, 5);
    expect(map[0]).toBeCloseTo(1000, 2);
    expect(map[1]).toBe(0);
    expect(map[2]).toBeCloseTo(500, 2);
  });
});
