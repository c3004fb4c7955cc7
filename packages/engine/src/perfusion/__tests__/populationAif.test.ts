import { describe, expect, it } from 'vitest';
import { computeParkerAif, PARKER_2006 } from '../computeParkerAif';
import { computeWeinmannAif } from '../computeWeinmannAif';
import { samplePopulationAif } from '../samplePopulationAif';

describe('population AIFs', () => {
  it('Parker 2006 at t = 0: the Gaussian tails and the sigmoid (0.0586 + 0.0218 + 1e-8 mM)', () => {
    const p = PARKER_2006;
    const g1 = (p.a1MmMin / (p.sigma1Min * Math.sqrt(2 * Math.PI))) * Math.exp(-(p.t1Min ** 2) / (2 * p.sigma1Min ** 2));
    expect(g1).toBeCloseTo(0.0586, 4);
    expect(computeParkerAif([0])[0]).toBeCloseTo(0.08038467330197827, 12); // OSIPI ParkerAIF_ref.csv, t = 0
  });

  it('Parker peaks near T1 = 0.17 min at about 6 mM (blood)', () => {
    const t = Array.from({ length: 1000 }, (_, q) => q * 0.001);
    const c = computeParkerAif(t);
    const peak = c.indexOf(Math.max(...c));
    expect(t[peak]).toBeGreaterThan(0.16);
    expect(t[peak]).toBeLessThan(0.18);
    expect(c[peak]).toBeGreaterThan(5.9);
    expect(c[peak]).toBeLessThan(6.2);
  });

  it('Weinmann: 0.1 × (3.99 + 4.78) = 0.877 mM at t = 0, 0 before', () => {
    const c = computeWeinmannAif([-1, 0, 10]);
    expect(c[0]).toBe(0);
    expect(c[1]).toBeCloseTo(0.877, 12);
    expect(c[2]).toBeCloseTo(0.1 * (3.99 * Math.exp(-1.44) + 4.78 * Math.exp(-0.111)), 12);
  });

  it('samplePopulationAif: 0 before the arrival, a jump to Cb(0)/(1 − Hct) at it, 0.1 s grid after, to the end', () => {
    const aif = samplePopulationAif('parker', { bolusArrivalS: 12, endS: 30, hematocrit: 0.4 });
    const t = aif.timesMin, c = aif.plasmaMm;
    expect([t[0], c[0], t[1] * 60, c[1], t[2] * 60]).toEqual([0, 0, 12, 0, 12]);
    expect(c[2]).toBeCloseTo(0.08038467330197827 / 0.6, 12);
    for (let q = 3; q < t.length; q++) expect((t[q] - t[q - 1]) * 60).toBeCloseTo(0.1, 9);
    expect(t[t.length - 1] * 60).toBeGreaterThanOrEqual(30);
    const w = samplePopulationAif('weinmann', { bolusArrivalS: 6, endS: 10, hematocrit: 0.4 });
    expect(w.plasmaMm[2]).toBeCloseTo(0.877, 12); // no hematocrit for Weinmann
  });
});
