import { describe, expect, it } from 'vitest';
import type { CtpRegion } from '../../../../phantoms/src/ctp/writeCtpStudy';
import { CTP_DEMO, ctpRegionAt, ctpRegionHu } from '../../../../phantoms/src/ctp/writeCtpStudy';
import { fitCtPerfusionMapChunk, prepareCtPerfusionMapJob } from '../fitCtDeconvolutionChunk';
import { measureCtPerfusion } from '../measureCtPerfusion';

// fitCtPerfusionMapChunk against measureCtPerfusion voxel by voxel, on curves of the CT perfusion
// phantom: the row through the tumour and the artery's row of slice 2, and mixtures of the region
// curves with a small deterministic jitter (every voxel deconvolves differently).
const d = CTP_DEMO, t = d.timesS, nt = t.length;
const curve = (r: CtpRegion) => t.map((x) => Math.round(ctpRegionHu(r, x)));
const regions: CtpRegion[] = ['normal', 'tumour', 'vein', 'artery'];
const voxels: number[][] = [];
for (const j of [138, 106]) for (let i = 0; i < 256; i += 2) voxels.push(curve(ctpRegionAt(i, j, 1)));
const base = regions.map(curve);
for (let v = 0; v < 600; v++) {
  const a = (v % 89) / 88, r1 = base[v % 4], r2 = base[(v * 5 + 1) % 4];
  voxels.push(r1.map((s, p) => (1 - a) * s + a * r2[p] + ((v * 11 + p * 3) % 5) - 2));
}
const signal = new Float32Array(voxels.length * nt);
voxels.forEach((c, v) => signal.set(c, v * nt));
const voxel = (v: number) => signal.subarray(v * nt, (v + 1) * nt);
const arterialHu = curve('artery'), venousHu = curve('vein');
/** A float32 map value equals a double result: within one float32 rounding (relative 1e-7). */
const same = (got: number, want: number) => Math.abs(got - want) <= 1e-7 * Math.abs(want) + 1e-30;

describe('fitCtPerfusionMapChunk (per-voxel measureCtPerfusion with one arterial decomposition)', () => {
  for (const venous of [venousHu, null]) {
    it(`gives measureCtPerfusion's BF, BV, MTT, PS for every voxel (${venous ? 'venous scaling' : 'no venous curve'})`, () => {
      const job = prepareCtPerfusionMapJob({ timesS: t, baselineCount: d.baselinePhases, arterialHu, venousHu: venous });
      const maps = fitCtPerfusionMapChunk(job, { start: 0, count: voxels.length, signal });
      expect(job.patlak).not.toBeNull();
      for (let v = 0; v < voxels.length; v++) {
        const m = measureCtPerfusion(voxel(v), arterialHu, venous, t, { baselineCount: d.baselinePhases });
        expect(job.partialVolumeScale).toBe(m.partialVolumeScale);
        // BV and PS take the same arithmetic (equal floats); BF, MTT through oSVD agree to ~1e-13.
        expect([maps.bv[v], maps.ps[v]], `voxel ${v}`).toEqual([m.bvMlPer100g, m.psMlPer100gMin ?? 0].map(Math.fround));
        expect(same(maps.bf[v], m.bfMlPer100gMin) && same(maps.mttS[v], Number.isNaN(m.mttS) ? 0 : m.mttS), `voxel ${v}: ${maps.bf[v]} ${m.bfMlPer100gMin}`).toBe(true);
      }
    });
  }

  it('on the phantom regions: normal brain BF 46.7, BV 3.18, PS 0; tumour BV 5.23, PS 7.1 (the numbers ctpPhantom.test.ts justifies)', () => {
    const job = prepareCtPerfusionMapJob({ timesS: t, baselineCount: 5, arterialHu, venousHu });
    const maps = fitCtPerfusionMapChunk(job, { start: 0, count: 4, signal: Float32Array.from(base.flat()) });
    expect(maps.bf[0]).toBeCloseTo(46.72, 1);
    expect(maps.bv[0]).toBeCloseTo(3.176, 2);
    expect(maps.bv[1]).toBeCloseTo(5.233, 2);
    expect(maps.ps[0]).toBe(0);
    expect(maps.ps[1]).toBeCloseTo(7.12, 1);
    // Tmax: the vein's residue peaks ~ its 5 s delay + dispersion after the artery; the artery's at 0.
    expect(maps.tmaxS[3]).toBe(0);
    expect(maps.tmaxS[2]).toBeGreaterThanOrEqual(4.5);
    expect(maps.tmaxS[2]).toBeLessThanOrEqual(9);
  });

  it('speed: one chunk against measureCtPerfusion per voxel (reported, not asserted); job buffers reused without carry-over', () => {
    const job = prepareCtPerfusionMapJob({ timesS: t, baselineCount: 5, arterialHu, venousHu });
    const n = voxels.length;
    // Best of 5 alternating runs after a warm-up (JIT), per voxel: the machine is shared, so the minimum is the cost.
    const time = (f: () => void) => { const t0 = performance.now(); f(); return (performance.now() - t0) / n; };
    const runs: ReturnType<typeof fitCtPerfusionMapChunk>[] = [];
    const chunk = () => runs.push(fitCtPerfusionMapChunk(job, { start: 0, count: n, signal }));
    const perVoxel = () => { for (let v = 0; v < n; v++) measureCtPerfusion(voxel(v), arterialHu, venousHu, t, { baselineCount: 5 }); };
    let chunkMs = time(chunk), perVoxelMs = time(perVoxel);
    for (let r = 0; r < 3; r++) {
      chunkMs = Math.min(chunkMs, time(chunk));
      perVoxelMs = Math.min(perVoxelMs, time(perVoxel));
    }
    console.log(`CT perfusion map: ${(chunkMs * 1000).toFixed(1)} µs/voxel in a chunk, ${(perVoxelMs * 1000).toFixed(1)} µs/voxel by measureCtPerfusion (×${(perVoxelMs / chunkMs).toFixed(1)})`);
    // The job's work buffers carry nothing from one chunk to the next: every run gives the same maps.
    expect(runs).toHaveLength(4);
    for (const r of runs.slice(1)) expect(r).toEqual(runs[0]);
    // The same voxels phase-major (signal[p · count + q], as the DCE map chunks are laid out): the same maps.
    const phaseMajor = new Float32Array(signal.length);
    for (let q = 0; q < n; q++) for (let p = 0; p < nt; p++) phaseMajor[p * n + q] = signal[q * nt + p];
    expect(fitCtPerfusionMapChunk(job, { start: 0, count: n, signal: phaseMajor, phaseMajor: true })).toEqual(runs[0]);
  });
});
