import { describe, expect, it } from 'vitest';
import { createKineticBasis, fitPerfusionMaps, samplePopulationAif, tabulateKineticBasis } from '@caliper/engine';
import { fitMapsInWorkers } from '../fitMapsInWorkers';

describe('fitMapsInWorkers', () => {
  it('gives the main thread\'s maps, in shared memory, with progress', async () => {
    const times = Array.from({ length: 30 }, (_, q) => q * 8);
    const aif = samplePopulationAif('parker', { bolusArrivalS: 20, endS: 232, hematocrit: 0.42 });
    const basis = createKineticBasis(aif, times.map((t) => t / 60));
    const n = 300;
    const phases = times.map(() => new Int16Array(n));
    const f = new Float64Array(30), d = new Float64Array(30);
    for (let v = 0; v < n; v++) {
      basis.convolve(0.5 + v / 300, f, d);
      times.forEach((_, q) => {
        const e = Math.exp(-0.004 * (1 + 4.5 * (0.2 + v / 1000) * f[q]));
        phases[q][v] = Math.round((10000 * Math.sin(Math.PI / 12) * (1 - e)) / (1 - Math.cos(Math.PI / 12) * e));
      });
    }
    const series = { phases, timesS: times, baselineCount: 3, flipAngleDeg: 15, trMs: 4, t10Ms: 1000, r1PerMmS: 4.5 };
    let last = 0;
    const pooled = await fitMapsInWorkers(series, aif, 'tofts', { workers: 2, onProgress: (done) => (last = done) });
    const local = fitPerfusionMaps(series, tabulateKineticBasis(aif, times.map((t) => t / 60)), { model: 'tofts' });
    expect(pooled.ktrans.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(pooled.ktrans)).toEqual(Array.from(local.ktrans));
    expect(Array.from(pooled.fitted)).toEqual(Array.from(local.fitted));
    expect(last).toBeGreaterThan(0);
  }, 60_000);
});
