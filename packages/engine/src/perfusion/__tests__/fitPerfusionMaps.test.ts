import { describe, expect, it } from 'vitest';
import { createKineticBasis } from '../kineticBasis';
import { fitPerfusionMaps } from '../fitPerfusionMaps';
import { samplePopulationAif } from '../samplePopulationAif';
import { tabulateKineticBasis } from '../tabulateKineticBasis';
import { fitLevenbergMarquardt } from '../fitLevenbergMarquardt';

const spgr = (m0: number, r1PerS: number) => {
  const a = (15 * Math.PI) / 180, e = Math.exp(-0.004 * r1PerS);
  return (m0 * Math.sin(a) * (1 - e)) / (1 - Math.cos(a) * e);
};

describe('fitPerfusionMaps', () => {
  const times = Array.from({ length: 40 }, (_, q) => q * 6);
  const aif = samplePopulationAif('parker', { bolusArrivalS: 20, endS: 234, hematocrit: 0.42 });
  const exact = createKineticBasis(aif, times.map((t) => t / 60));
  const truth = [{ k: 0.2, ve: 0.3, vp: 0.02 }, null, { k: 0.5, ve: 0.15, vp: 0.08 }];
  const f = new Float64Array(40), d = new Float64Array(40);
  const phases = times.map(() => new Float32Array(3));
  truth.forEach((p, v) => {
    if (p) exact.convolve(p.k / p.ve, f, d);
    times.forEach((_, q) => (phases[q][v] = p ? spgr(4000, 1 + 4.5 * (p.k * f[q] + p.vp * exact.cp[q])) : 0));
  });
  const series = { phases, timesS: times, baselineCount: 4, flipAngleDeg: 15, trMs: 4, t10Ms: 1000, r1PerMmS: 4.5 };

  it('fits every voxel with signal, leaves the others 0 and unfitted', () => {
    const maps = fitPerfusionMaps(series, tabulateKineticBasis(aif, times.map((t) => t / 60)), { model: 'etofts' });
    expect(Array.from(maps.fitted)).toEqual([1, 0, 1]);
    expect(maps.ktrans[0]).toBeCloseTo(0.2, 4);
    expect(maps.ve[2]).toBeCloseTo(0.15, 4);
    expect(maps.vp[2]).toBeCloseTo(0.08, 4);
    expect([maps.ktrans[1], maps.residual[1]]).toEqual([0, 0]);
  });

  it('fits only the listed voxels, and Murase on request', () => {
    const maps = fitPerfusionMaps(series, exact, { model: 'etofts', voxels: [2], method: 'linear' });
    expect(Array.from(maps.fitted)).toEqual([0, 0, 1]);
    expect(maps.ktrans[2]).toBeCloseTo(0.5, 1);
  });

  it('Patlak maps have no kep/ve; per-voxel T10 of 0 is not fitted', () => {
    const maps = fitPerfusionMaps({ ...series, t10Ms: [1000, 1000, 0] }, exact, { model: 'patlak' });
    expect(Array.from(maps.fitted)).toEqual([1, 0, 0]);
    expect(maps.kep[0]).toBe(0);
  });
});

describe('fitLevenbergMarquardt', () => {
  it('fits y = a e^(−b t) with a bound active', () => {
    const t = [0, 1, 2, 3, 4], y = t.map((x) => 3 * Math.exp(-0.5 * x));
    const f = (p: Float64Array, r: Float64Array, j: Float64Array) => t.forEach((x, q) => {
      const e = Math.exp(-p[1] * x);
      r[q] = p[0] * e - y[q];
      j[2 * q] = e;
      j[2 * q + 1] = -p[0] * x * e;
    });
    const free = fitLevenbergMarquardt(f, Float64Array.from([1, 1]), 5, { lower: [0, 0], upper: [10, 10] });
    expect(free.p[0]).toBeCloseTo(3, 8);
    expect(free.p[1]).toBeCloseTo(0.5, 8);
    const bounded = fitLevenbergMarquardt(f, Float64Array.from([1, 1]), 5, { lower: [0, 0.6], upper: [10, 10] });
    expect(bounded.p[1]).toBe(0.6);
  });
});
