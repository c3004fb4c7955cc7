import { describe, expect, it } from 'vitest';
import { averageRoiCurves } from '../averageRoiCurves';
import { createKineticBasis } from '../kineticBasis';
import { detectBolusArrival } from '../detectBolusArrival';
import { detectBolusOnset } from '../detectBolusOnset';
import { measureEnhancementCurve } from '../measureEnhancementCurve';
import { samplePopulationAif } from '../samplePopulationAif';

const spgr = (m0: number, faDeg: number, trMs: number, r1PerS: number) => {
  const a = (faDeg * Math.PI) / 180, e = Math.exp(-(trMs / 1000) * r1PerS);
  return (m0 * Math.sin(a) * (1 - e)) / (1 - Math.cos(a) * e);
};

describe('measureEnhancementCurve', () => {
  it('TTP, IAUGC60/90, wash-in/out, late change and type, by hand', () => {
    // BAT 30 s; C linear: 1 mM at 30 s, 2 at 60, 2.5 at 90, 3 at 120.
    const r = measureEnhancementCurve([0, 2, 3, 2.5], [100, 150, 160, 140], [0, 60, 120, 180], { bolusArrivalS: 30 });
    expect(r.ttpS).toBe(90);
    expect(r.iaugc60MmS).toBeCloseTo(45 + 67.5, 12); // (1+2)/2·30 + (2+2.5)/2·30
    expect(r.iaugc90MmS).toBeCloseTo(112.5 + 82.5, 12); // + (2.5+3)/2·30
    expect(r.washInMmPerMin).toBeCloseTo(2, 12); // 2 mM over the first minute
    expect(r.washOutMmPerMin).toBeCloseTo(-0.5, 12);
    expect(r.lateChangePct).toBeCloseTo(-12.5, 12); // (140 − 160)/160, S_early over (30, 150] s
    expect(r.type).toBe('III');
  });

  it('IAUGC past the last phase is null; rising curves are type I, flat ones type II', () => {
    const r = measureEnhancementCurve([0, 1, 2], [100, 110, 130], [0, 30, 60], { bolusArrivalS: 10 });
    expect(r.iaugc60MmS).toBeNull();
    expect(r.washOutMmPerMin).toBeNull();
    // S_early = max(110, 115) over (10, 130] s; last 140: +21.7 %.
    expect(measureEnhancementCurve([0, 1, 1.5, 2], [100, 110, 115, 140], [0, 30, 60, 200], { bolusArrivalS: 10 }).type).toBe('I');
    expect(measureEnhancementCurve([0, 1, 1], [100, 120, 121], [0, 30, 60], { bolusArrivalS: 10 }).type).toBe('II');
  });
});

describe('detectBolusOnset (Cheong 2003 linear–quadratic)', () => {
  it('finds the arrival of a curve that is flat then rises quadratically', () => {
    const t = Array.from({ length: 30 }, (_, q) => q * 2);
    const y = t.map((x) => 50 + (x > 17.3 ? 3 * (x - 17.3) ** 2 : 0));
    expect(detectBolusOnset(y, t)).toBeCloseTo(17.3, 0);
    expect(detectBolusOnset([5, 4, 3], [0, 1, 2])).toBeNull();
  });
});

describe('detectBolusArrival (population-AIF shift)', () => {
  it('recovers the arrival used to simulate a Tofts tissue signal', () => {
    const times = Array.from({ length: 50 }, (_, q) => q * 4.5);
    const bat = 23.7;
    const aif = samplePopulationAif('parker', { bolusArrivalS: bat, endS: times[49], hematocrit: 0.42 });
    const basis = createKineticBasis(aif, times.map((t) => t / 60));
    const f = new Float64Array(50), d = new Float64Array(50);
    basis.convolve(0.3 / 0.4, f, d);
    const signal = Array.from(f, (x) => spgr(3000, 12, 5, 1000 / 900 + 4.5 * 0.3 * x));
    const found = detectBolusArrival(signal, times, { aif: 'parker', model: 'tofts', flipAngleDeg: 12, trMs: 5, t10Ms: 900, r1PerMmS: 4.5, hematocrit: 0.42 })!;
    expect(Math.abs(found.bolusArrivalS - bat)).toBeLessThan(0.05);
    expect(found.residualMm).toBeLessThan(1e-4);
  });
});

describe('averageRoiCurves', () => {
  it('averages signal over every voxel and concentration over the voxels that convert', () => {
    const s = (c: number) => spgr(1000, 15, 4, 1 + 4.5 * c);
    // Voxel 0: C = 0, 1; voxel 1: C = 0, 3; voxel 2: no signal (not converted).
    const phases = [Float32Array.from([s(0), s(0), 0]), Float32Array.from([s(1), s(3), 0])];
    const r = averageRoiCurves({ phases, timesS: [0, 10], baselineCount: 1, flipAngleDeg: 15, trMs: 4, t10Ms: 1000, r1PerMmS: 4.5 }, [0, 1, 2]);
    expect(r.convertedCount).toBe(2);
    expect(r.concentrationMm[1]).toBeCloseTo(2, 4);
    expect(r.signal[0]).toBeCloseTo((2 * s(0)) / 3, 3);
  });
});
