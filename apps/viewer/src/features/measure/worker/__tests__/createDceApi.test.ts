import { describe, expect, it } from 'vitest';
import { asPatient } from '@caliper/core';
import type { Geometry } from '@caliper/core';
import { spgrSignal, tissueCurve } from '../../../../../../../packages/phantoms/src/dce/dceCurves';
import { createDceApi } from '../createDceApi';
import { maskVoxels } from '../maskVoxels';
import { suggestVesselVoxels } from '../suggestVesselVoxels';

// 10×10×2 grid, 1 mm pixels, 2 mm slices: a 4×4 lesion block (columns/rows 2–5), a 2×2 vessel (8–9, 0–1), background elsewhere.
const g: Geometry = { dimensions: [10, 10, 2], origin: asPatient([0, 0, 0]), rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [1, 1, 2] };
const timesS = Array.from({ length: 36 }, (_, p) => p * 7);
const BAT = 30.5, HCT = 0.42;
const kind = (i: number, j: number) => (i >= 2 && i <= 5 && j >= 2 && j <= 5 ? 'lesion' : i >= 8 && j <= 1 ? 'blood' : 'bg');
function input() {
  const cl = tissueCurve({ ktransPerMin: 0.6, ve: 0.25, vp: 0.08 }, timesS, BAT, HCT), cb = tissueCurve('blood', timesS, BAT, HCT), cg = tissueCurve({ ktransPerMin: 0.04, ve: 0.25, vp: 0.01 }, timesS, BAT, HCT);
  const phases = timesS.map((_, p) => {
    const a = new Uint16Array(200);
    for (let v = 0; v < 200; v++) {
      const k = kind(v % 10, Math.floor(v / 10) % 10);
      a[v] = Math.round(k === 'lesion' ? spgrSignal(15000, 15, 4, 1000, cl[p], 4.5) : k === 'blood' ? spgrSignal(15000, 15, 4, 1000, cb[p], 4.5) : spgrSignal(15000, 15, 4, 1000, cg[p], 4.5));
    }
    return a;
  });
  return { phases, timesS, flipAngleDeg: 15, trMs: 4, geometry: g, seriesInstanceUID: '2.25.1' };
}
const ellipse = { kind: 'ellipse' as const, center: asPatient([3.5, 3.5, 0]), axisA: asPatient([5, 3.5, 0]), axisB: asPatient([3.5, 5, 0]), normal: [0, 0, 1] as const };

describe('worker DCE ops', () => {
  it('an ellipse ROI on the dynamic series: caliper dce --roi numbers (etofts, Parker, arrival detected), then reused while drawing', async () => {
    const api = createDceApi();
    expect(api.putDynamic('d', input())).toEqual({ phases: 36, voxelCount: 200 });
    const unknown = await api.dceRoi('d', ellipse, { model: 'etofts', aif: { type: 'parker' }, hematocrit: HCT, r1PerMmS: 4.5 }, { requestId: 1 });
    expect(unknown).toMatchObject({ ok: false, error: expect.stringMatching(/^T10 unknown/) });
    expect(api.setDceT10('d', 1000)).toEqual({ medianMs: 1000 });
    const r = await api.dceRoi('d', ellipse, { model: 'etofts', aif: { type: 'parker' }, hematocrit: HCT, r1PerMmS: 4.5 }, { requestId: 2, channel: 'c' });
    if (r.cancelled || !r.ok) throw new Error(r.cancelled ? 'cancelled' : r.error);
    expect(r.value.voxelCount).toBe(4); // voxel centres inside the 1.5 mm-radius circle around (3.5, 3.5) on slice 0: (3|4, 3|4)
    expect(Math.abs(r.value.ktransPerMin - 0.6) / 0.6).toBeLessThan(0.02);
    expect(Math.abs(r.value.ve! - 0.25) / 0.25).toBeLessThan(0.02);
    expect(r.value.curve.type).toBe('III');
    const live = await api.dceRoi('d', ellipse, { model: 'etofts', aif: { type: 'parker' }, hematocrit: HCT, r1PerMmS: 4.5, reuseDetectedArrival: true }, { requestId: 3, channel: 'c' });
    if (live.cancelled || !live.ok) throw new Error('live failed');
    expect(live.value.bolusArrivalS).toBe(r.value.bolusArrivalS);
    expect(live.value.bolusArrivalMethod).toMatch(/previous detection/);
    expect(live.value.ktransPerMin).toBe(r.value.ktransPerMin);
  });

  it('a newer request on the same channel supersedes an older one', async () => {
    const api = createDceApi();
    api.putDynamic('d', input());
    api.setDceT10('d', 1000);
    const req = { model: 'tofts' as const, aif: { type: 'parker' as const }, bolusArrivalS: BAT, hematocrit: HCT, r1PerMmS: 4.5 };
    const [a, b] = await Promise.all([api.dceRoi('d', ellipse, req, { requestId: 1, channel: 'x' }), api.dceRoi('d', ellipse, req, { requestId: 2, channel: 'x' })]);
    expect(a.cancelled).toBe(true);
    expect(b.cancelled).toBe(false);
  });

  it('VFA T10 map from images of the same grid', () => {
    const api = createDceApi();
    api.putDynamic('d', input());
    const images = [2, 5, 10, 15].map((fa) => Float32Array.from({ length: 200 }, () => spgrSignal(9000, fa, 4, 1200, 0, 4.5)));
    const r = api.setDceT10('d', { images, flipAnglesDeg: [2, 5, 10, 15], trMs: 4 });
    expect(Math.abs(r.medianMs! - 1200)).toBeLessThan(1);
  });

  it('vessel suggestion: the blood voxels, peaking right after the arrival', () => {
    const s = suggestVesselVoxels(input().phases, timesS, g, { count: 8 })!;
    expect(Array.from(s.voxels).sort((a, b) => a - b)).toEqual([8, 9, 18, 19, 108, 109, 118, 119]);
    expect(s.centreMm).toEqual([8.5, 0.5, 1]);
    expect(s.peakTimeS).toBeLessThan(BAT + 21);
  });

  it('maskVoxels: flat indices of a cropped mask', () => {
    expect(Array.from(maskVoxels({ dimensions: [4, 3, 2], bbox: [[1, 1, 0], [2, 2, 1]], data: Uint8Array.from([1, 0, 0, 1, 0, 0, 1, 1]) }))).toEqual([5, 10, 21, 22]);
  });
});
