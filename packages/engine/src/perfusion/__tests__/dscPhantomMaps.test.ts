import { describe, expect, it } from 'vitest';
import type { DscRegion } from '../../../../phantoms/src/dsc/writeDscStudy';
import { DSC_DEMO, dscRegionAt, dscRegionSignal } from '../../../../phantoms/src/dsc/writeDscStudy';
import { deconvolveOsvd } from '../deconvolveOsvd';
import { fitDscMapChunk, prepareDscMapJob } from '../fitDscDeconvolutionChunk';
import { measureDscPerfusion } from '../measureDscPerfusion';
import { prepareOsvdPlan, solveOsvdPlan } from '../osvdDeconvolutionChunk';
import { computeDeltaR2Star } from '../computeDeltaR2Star';

// fitDscMapChunk against measureDscPerfusion voxel by voxel, on curves of the DSC-MRI phantom: one
// row of slice 3 through air, grey and white matter and the tumour, the artery's row, and mixtures
// of the region curves (partial-volume-like voxels, so that every voxel deconvolves differently).
const d = DSC_DEMO, t = d.timesS, nt = t.length;
const curve = (r: DscRegion) => t.map((x) => Math.round(dscRegionSignal(r, x)));
const regions: DscRegion[] = ['whiteMatter', 'greyMatter', 'tumour', 'artery'];
const voxels: number[][] = [];
for (const j of [54, 80]) for (let i = 0; i < 128; i++) voxels.push(curve(dscRegionAt(i, j, 2)));
const base = regions.map(curve);
for (let v = 0; v < 600; v++) {
  const a = (v % 97) / 96, b = regions.length, r1 = base[v % b], r2 = base[(v * 7 + 1) % b];
  voxels.push(r1.map((s, p) => (1 - a) * s + a * r2[p] + ((v * 13 + p * 5) % 7) - 3));
}
const signal = new Float32Array(voxels.length * nt);
voxels.forEach((c, v) => signal.set(c, v * nt));
const voxel = (v: number) => signal.subarray(v * nt, (v + 1) * nt);
const aifSignal = curve('artery');
const reference = t.map((_, p) => (2 * base[0][p] + base[1][p]) / 3);
/** A float32 map value equals a double result: within one float32 rounding (relative 1e-7). */
const same = (got: number, want: number) => Math.abs(got - want) <= 1e-7 * Math.abs(want);

describe('solveOsvdPlan (deconvolveOsvd with the AIF decomposed once)', () => {
  it('takes the same threshold as deconvolveOsvd for every voxel; flow, OI and residue agree to 1e-12', () => {
    const aif = computeDeltaR2Star(aifSignal, { baselineCount: 8, teMs: 30 })!;
    const plan = prepareOsvdPlan(aif, 1.5);
    let checked = 0;
    // Every other voxel (deconvolveOsvd three times each is the slow part).
    for (let v = 0; v < voxels.length; v += 2) {
      const c = computeDeltaR2Star(voxel(v), { baselineCount: 8, teMs: 30 });
      if (!c) continue;
      for (const options of [{}, { threshold: 0.05 }, { oscillationLimit: 0.2 }]) {
        const want = deconvolveOsvd(c, aif, 1.5, options), got = solveOsvdPlan(plan, c, options);
        expect(got.threshold).toBe(want.threshold);
        expect(Math.abs(got.flowPerS - want.flowPerS)).toBeLessThanOrEqual(1e-12 * Math.abs(want.flowPerS));
        expect(Math.abs(got.oscillationIndex - want.oscillationIndex)).toBeLessThanOrEqual(1e-12);
        for (let i = 0; i < t.length; i++) expect(Math.abs(plan.residue[i] - want.residue[i])).toBeLessThanOrEqual(1e-12 * want.flowPerS);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(350);
  });
});

describe('fitDscMapChunk (per-voxel measureDscPerfusion with one AIF decomposition)', () => {
  for (const withReference of [false, true]) {
    it(`gives measureDscPerfusion's numbers for every voxel${withReference ? ' (BSW leakage correction)' : ''}`, () => {
      const setup = { timesS: t, baselineCount: d.baselinePhases, teMs: d.acquisition.teMs, aifSignal, ...(withReference ? { referenceSignal: reference } : {}) };
      const maps = fitDscMapChunk(prepareDscMapJob(setup), { start: 0, count: voxels.length, signal });
      let fitted = 0;
      for (let v = 0; v < voxels.length; v++) {
        const m = measureDscPerfusion(voxel(v), aifSignal, t, { baselineCount: setup.baselineCount, teMs: setup.teMs, ...(withReference ? { referenceSignal: reference } : {}) });
        if (!m) {
          expect(maps.fitted[v], `voxel ${v}`).toBe(0);
          expect(maps.cbv[v]).toBe(0);
          continue;
        }
        fitted++;
        expect(maps.fitted[v]).toBe(1);
        // ΔR2*, BSW and CBV take the same arithmetic (equal floats); CBF differs from deconvolveOsvd's by
        // ~1e-13 (incremental truncated sums instead of one inverse FFT per trial), below float32's 6e-8.
        expect([maps.cbv[v], maps.cbvUncorrected[v], maps.leakageK2PerS[v]], `voxel ${v}`).toEqual([m.cbv, m.cbvUncorrected, m.leakage?.k2PerS ?? 0].map(Math.fround));
        expect(same(maps.cbfPerS[v], m.cbfPerS) && same(maps.mttS[v], Number.isNaN(m.mttS) ? 0 : m.mttS), `voxel ${v}: ${maps.cbfPerS[v]} ${m.cbfPerS}`).toBe(true);
      }
      // Air (S = 0) is refused by both; everything else is fitted.
      expect(fitted).toBe(voxels.length - [...Array(256).keys()].filter((v) => voxels[v][0] === 0).length);
      expect(fitted).toBeGreaterThan(700);
    });
  }

  it('irregular phase times (resampled onto the median step as resampleUniform does): the same numbers', () => {
    const irregular = t.map((x, p) => x + (p % 3 === 1 ? 0.4 : 0) + (p > 30 ? 0.75 * (p - 30) : 0));
    const setup = { timesS: irregular, baselineCount: 8, teMs: 30, aifSignal, referenceSignal: reference };
    const job = prepareDscMapJob(setup);
    expect(job.resampling.index).not.toBeNull();
    const maps = fitDscMapChunk(job, { start: 0, count: voxels.length, signal });
    for (let v = 256; v < voxels.length; v += 5) {
      const m = measureDscPerfusion(voxel(v), aifSignal, irregular, { baselineCount: 8, teMs: 30, referenceSignal: reference })!;
      expect([maps.cbv[v], maps.cbvUncorrected[v]]).toEqual([m.cbv, m.cbvUncorrected].map(Math.fround));
      expect(same(maps.cbfPerS[v], m.cbfPerS), `voxel ${v}: ${maps.cbfPerS[v]} ${m.cbfPerS}`).toBe(true);
    }
  });

  it('Tmax = time of the residue maximum (deconvolveOsvd on the same ΔR2* curves); 0 for the artery itself', () => {
    const job = prepareDscMapJob({ timesS: t, baselineCount: 8, teMs: 30, aifSignal });
    const maps = fitDscMapChunk(job, { start: 0, count: voxels.length, signal });
    const aif = computeDeltaR2Star(aifSignal, { baselineCount: 8, teMs: 30 })!;
    for (const v of [60, 300, 400, 700]) {
      const k = deconvolveOsvd(computeDeltaR2Star(voxel(v), { baselineCount: 8, teMs: 30 })!, aif, 1.5).residue;
      const peak = Array.from(k).indexOf(Math.max(0, ...k));
      expect(maps.tmaxS[v]).toBe(Math.fround(Math.max(0, peak) * 1.5));
    }
    // Voxel 128 + 58 is the artery (row 80): its residue is a spike at t = 0.
    expect(dscRegionAt(58, 80, 2)).toBe('artery');
    expect(maps.tmaxS[128 + 58]).toBe(0);
  });

  it('stops when the progress callback says so; names the problem of an unusable AIF', () => {
    const job = prepareDscMapJob({ timesS: t, baselineCount: 8, teMs: 30, aifSignal });
    const calls: number[] = [];
    const maps = fitDscMapChunk(job, { start: 5, count: voxels.length, signal }, (done) => (calls.push(done), done >= 512));
    expect(calls).toEqual([256, 512]);
    expect(maps.start).toBe(5);
    expect(maps.fitted[600]).toBe(0);
    expect(() => prepareDscMapJob({ timesS: t, baselineCount: 8, teMs: 30, aifSignal: aifSignal.map(() => 0) })).toThrow(/arterial curve has no usable baseline/);
    expect(() => fitDscMapChunk(job, { start: 0, count: 2, signal: new Float32Array(3) })).toThrow(/3 samples for 2 voxels × 50 phases/);
  });

  it('speed: one chunk against measureDscPerfusion per voxel (reported, not asserted); job buffers reused without carry-over', () => {
    const setup = { timesS: t, baselineCount: 8, teMs: 30, aifSignal, referenceSignal: reference };
    const job = prepareDscMapJob(setup);
    const n = voxels.length;
    // Best of 5 alternating runs after a warm-up (JIT), per voxel: the machine is shared, so the minimum is the cost.
    const time = (f: () => void) => { const t0 = performance.now(); f(); return (performance.now() - t0) / n; };
    const runs: ReturnType<typeof fitDscMapChunk>[] = [];
    const chunk = () => runs.push(fitDscMapChunk(job, { start: 0, count: n, signal }));
    const perVoxel = () => { for (let v = 0; v < n; v++) measureDscPerfusion(voxel(v), aifSignal, t, { baselineCount: 8, teMs: 30, referenceSignal: reference }); };
    let chunkMs = time(chunk), perVoxelMs = time(perVoxel);
    for (let r = 0; r < 3; r++) {
      chunkMs = Math.min(chunkMs, time(chunk));
      perVoxelMs = Math.min(perVoxelMs, time(perVoxel));
    }
    console.log(`DSC map: ${(chunkMs * 1000).toFixed(1)} µs/voxel in a chunk, ${(perVoxelMs * 1000).toFixed(1)} µs/voxel by measureDscPerfusion (×${(perVoxelMs / chunkMs).toFixed(1)})`);
    // The job's work buffers carry nothing from one chunk to the next: every run gives the same maps.
    expect(runs).toHaveLength(4);
    for (const r of runs.slice(1)) expect(r).toEqual(runs[0]);
    // The same voxels phase-major (signal[p · count + q], as the DCE map chunks are laid out): the same maps.
    const phaseMajor = new Float32Array(signal.length);
    for (let q = 0; q < n; q++) for (let p = 0; p < nt; p++) phaseMajor[p * n + q] = signal[q * nt + p];
    expect(fitDscMapChunk(job, { start: 0, count: n, signal: phaseMajor, phaseMajor: true })).toEqual(runs[0]);
  });
});
