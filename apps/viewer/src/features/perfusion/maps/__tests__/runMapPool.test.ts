import { describe, expect, it } from 'vitest';
import { createKineticBasis, fitPerfusionMaps, samplePopulationAif, tabulateKineticBasis } from '@caliper/engine';
import type { MapJobSetup } from '@caliper/engine/perfusion/fitMapChunk';
import { fitMapChunk, prepareMapJob } from '@caliper/engine/perfusion/fitMapChunk';
import type { ChunkMaps } from '@caliper/engine/perfusion/fitMapChunk';
import { createMapJobs } from '../mapJobs';
import { planMapChunks } from '../planMapChunks';
import { MapJobCancelled, runMapPool, type MapPoolWorker } from '../runMapPool';

const spgr = (m0: number, r1PerS: number) => {
  const a = (15 * Math.PI) / 180, e = Math.exp(-0.004 * r1PerS);
  return (m0 * Math.sin(a) * (1 - e)) / (1 - Math.cos(a) * e);
};

// A 6 × 5 × 3 extended-Tofts volume, 24 phases every 7 s, Parker AIF at 21 s; one empty corner voxel.
const nt = 24, n = 90;
const times = Float64Array.from({ length: nt }, (_, q) => q * 7);
const aif = samplePopulationAif('parker', { bolusArrivalS: 21, endS: times[nt - 1], hematocrit: 0.42 });
const exact = createKineticBasis(aif, Array.from(times, (t) => t / 60));
const phases = Array.from({ length: nt }, () => new Int16Array(n));
const f = new Float64Array(nt), d = new Float64Array(nt);
for (let v = 1; v < n; v++) {
  const k = 0.05 + (0.5 * (v % 6)) / 5, ve = 0.1 + (0.4 * (Math.floor(v / 6) % 5)) / 4, vp = 0.01 + 0.04 * Math.floor(v / 30);
  exact.convolve(k / ve, f, d);
  for (let q = 0; q < nt; q++) phases[q][v] = Math.round(spgr(10000, 1 + 4.5 * (k * f[q] + vp * exact.cp[q])) + ((v * 7 + q * 13) % 11) - 5);
}
const setup: MapJobSetup = { model: 'etofts', method: 'lm', aif, timesS: times, baselineCount: 3, flipAngleDeg: 15, trMs: 4, r1PerMmS: 4.5, t10Ms: 1000, bolusArrivalS: 21 };

/** An in-process worker (the same createMapJobs the real worker exposes), answering after a tick. */
function fakeWorker(log: string[], name: string): MapPoolWorker {
  const jobs = createMapJobs();
  const tick = () => new Promise((r) => setTimeout(r, 1));
  return {
    prepare: async (id, s) => { jobs.prepare(id, s); },
    release: async (id) => { log.push(`${name} release ${id}`); jobs.release(id); },
    fitChunk: async (id, chunk) => { await tick(); log.push(`${name} ${chunk.start}`); return jobs.fitChunk(id, chunk) as ChunkMaps; },
  };
}

describe('planMapChunks', () => {
  it('covers every voxel once in order, the last chunk shorter', () => {
    expect(planMapChunks(10, 4)).toEqual([{ start: 0, count: 4 }, { start: 4, count: 4 }, { start: 8, count: 2 }]);
    expect(planMapChunks(0, 4)).toEqual([]);
  });
});

describe('runMapPool', () => {
  it('pooled chunks merge into exactly the single-thread maps (fitPerfusionMaps + IAUGC60)', async () => {
    const log: string[] = [];
    const progress: number[] = [];
    const maps = await runMapPool(phases, setup, [fakeWorker(log, 'a'), fakeWorker(log, 'b'), fakeWorker(log, 'c')], { jobId: 'j1', chunkVoxels: 7, onProgress: (done, total) => { expect(total).toBe(n); progress.push(done); } });
    const single = fitPerfusionMaps({ phases, timesS: times, baselineCount: 3, flipAngleDeg: 15, trMs: 4, t10Ms: 1000, r1PerMmS: 4.5 }, tabulateKineticBasis(aif, Array.from(times, (t) => t / 60)), { model: 'etofts' });
    expect(Array.from(maps.ktrans)).toEqual(Array.from(single.ktrans));
    expect(Array.from(maps.ve)).toEqual(Array.from(single.ve));
    expect(Array.from(maps.vp)).toEqual(Array.from(single.vp));
    expect(Array.from(maps.kep)).toEqual(Array.from(single.kep));
    expect(Array.from(maps.residual)).toEqual(Array.from(single.residual));
    expect(Array.from(maps.fitted)).toEqual(Array.from(single.fitted));
    expect(maps.fitted[0]).toBe(0);
    const whole = fitMapChunk(prepareMapJob(setup), { start: 0, count: n, signal: Float32Array.from(phases.flatMap((p) => Array.from(p))) });
    expect(Array.from(maps.iaugc60)).toEqual(Array.from(whole.iaugc60));
    expect(maps.ktrans[5]).toBeGreaterThan(0.5);
    // 13 chunks spread over the three workers; progress rises to the voxel count.
    expect(new Set(log.filter((l) => !l.includes('release')).map((l) => l[0])).size).toBe(3);
    expect(progress.at(-1)).toBe(n);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(log.filter((l) => l.includes('release j1'))).toHaveLength(3);
  });

  it('a per-voxel T10 map goes with each chunk (T10 ≤ 0 not fitted)', async () => {
    const t10 = new Float32Array(n).fill(1000);
    t10[10] = 0;
    const maps = await runMapPool(phases, setup, [fakeWorker([], 'a')], { jobId: 'j2', chunkVoxels: 16, t10Map: t10 });
    expect(maps.fitted[10]).toBe(0);
    expect(maps.fitted[11]).toBe(1);
  });

  it('cancel stops handing out chunks, releases the job in every worker and rejects', async () => {
    const log: string[] = [];
    const ac = new AbortController();
    const run = runMapPool(phases, setup, [fakeWorker(log, 'a'), fakeWorker(log, 'b')], { jobId: 'j3', chunkVoxels: 5, signal: ac.signal, onProgress: (done) => { if (done >= 10) ac.abort(); } });
    await expect(run).rejects.toBeInstanceOf(MapJobCancelled);
    expect(log.filter((l) => !l.includes('release')).length).toBeLessThan(6);
    expect(log.filter((l) => l.includes('release j3'))).toHaveLength(2);
  });
});
