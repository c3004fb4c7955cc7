import { describe, expect, it } from 'vitest';
import { createKineticBasis } from '../kineticBasis';
import { fitMapChunk, integrateLinear, prepareMapJob } from '../fitMapChunk';
import type { MapJobSetup } from '../fitMapChunk';
import { fitPerfusionMaps } from '../fitPerfusionMaps';
import { samplePopulationAif } from '../samplePopulationAif';

const spgr = (m0: number, r1PerS: number) => {
  const a = (15 * Math.PI) / 180, e = Math.exp(-0.004 * r1PerS);
  return (m0 * Math.sin(a) * (1 - e)) / (1 - Math.cos(a) * e);
};

describe('integrateLinear', () => {
  it('integrates a piecewise-linear curve over a window cutting its segments', () => {
    // c = t on [0, 10]: ∫ from 2 to 7 = (49 − 4)/2 = 22.5
    expect(integrateLinear([0, 5, 10], [0, 5, 10], 2, 7)).toBeCloseTo(22.5, 12);
    expect(integrateLinear([0, 1, 2], [1, 1, 3], 0, 2)).toBeCloseTo(1 + 2, 12);
  });
});

describe('fitMapChunk', () => {
  const times = Float64Array.from({ length: 30 }, (_, q) => q * 6);
  const aif = samplePopulationAif('parker', { bolusArrivalS: 20, endS: 174, hematocrit: 0.42 });
  const exact = createKineticBasis(aif, Array.from(times, (t) => t / 60));
  const truth = [{ k: 0.2, ve: 0.3, vp: 0.02 }, null, { k: 0.5, ve: 0.15, vp: 0.08 }, { k: 0.1, ve: 0.4, vp: 0.05 }];
  const f = new Float64Array(30), d = new Float64Array(30);
  const conc = truth.map((p) => {
    if (!p) return null;
    exact.convolve(p.k / p.ve, f, d);
    return Array.from(times, (_, q) => p.k * f[q] + p.vp * exact.cp[q]);
  });
  const phases = Array.from(times, (_, q) => Float32Array.from(conc, (c) => (c ? spgr(4000, 1 + 4.5 * c[q]) : 0)));
  const setup: MapJobSetup = { model: 'etofts', method: 'lm', aif, timesS: times, baselineCount: 4, flipAngleDeg: 15, trMs: 4, r1PerMmS: 4.5, t10Ms: 1000, bolusArrivalS: 20 };
  const job = prepareMapJob(setup);
  const whole = fitPerfusionMaps({ phases, timesS: times, baselineCount: 4, flipAngleDeg: 15, trMs: 4, t10Ms: 1000, r1PerMmS: 4.5 }, job.basis, { model: 'etofts' });

  const chunkOf = (start: number, count: number) => {
    const signal = new Float32Array(30 * count);
    phases.forEach((p, q) => signal.set(p.subarray(start, start + count), q * count));
    return { start, count, signal };
  };

  it('equals the whole-volume fit on the same voxels, chunk by chunk', () => {
    for (const [start, count] of [[0, 2], [2, 2]]) {
      const m = fitMapChunk(job, chunkOf(start, count));
      expect(m.start).toBe(start);
      for (let q = 0; q < count; q++) {
        expect(m.ktrans[q]).toBe(whole.ktrans[start + q]);
        expect(m.ve[q]).toBe(whole.ve[start + q]);
        expect(m.vp[q]).toBe(whole.vp[start + q]);
        expect(m.residual[q]).toBe(whole.residual[start + q]);
        expect(m.fitted[q]).toBe(whole.fitted[start + q]);
      }
    }
    expect(whole.ktrans[2]).toBeCloseTo(0.5, 4);
  });

  it('IAUGC60 is ∫ C dt over [BAT, BAT + 60 s] of the voxel curve (mM·s), 0 where not fitted', () => {
    const m = fitMapChunk(job, chunkOf(0, 4));
    expect(m.iaugc60[1]).toBe(0);
    for (const v of [0, 2, 3]) expect(m.iaugc60[v]).toBeCloseTo(integrateLinear(times, conc[v]!, 20, 80), 2);
    expect(m.iaugc60[2]).toBeGreaterThan(m.iaugc60[0]);
  });

  it('a per-voxel T10 of 0 is not fitted; a series ending before BAT + 60 s has no IAUGC60', () => {
    const m = fitMapChunk(prepareMapJob({ ...setup, bolusArrivalS: 140 }), { ...chunkOf(0, 2), t10Ms: Float32Array.from([1000, 0]) });
    expect(Array.from(m.fitted)).toEqual([1, 0]);
    expect(Array.from(m.iaugc60)).toEqual([0, 0]);
  });

  it('rejects a chunk whose signal does not hold phases × voxels samples', () => {
    expect(() => fitMapChunk(job, { start: 0, count: 3, signal: new Float32Array(10) })).toThrow(/10 samples for 30 phases × 3 voxels/);
  });
});
