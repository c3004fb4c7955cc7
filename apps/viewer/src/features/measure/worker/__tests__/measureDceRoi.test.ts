import { describe, expect, it } from 'vitest';
import type { DynamicSeries } from '@caliper/engine';
// The phantoms' analytic DCE truth (pure functions, engine-independent): Parker AIF, Tofts on a 0.01 s grid, SPGR.
import { spgrSignal, tissueCurve } from '../../../../../../../packages/phantoms/src/dce/dceCurves';
import { measureDceRoi } from '../measureDceRoi';

const timesS = Array.from({ length: 36 }, (_, p) => p * 7);
const BAT = 30.5, HCT = 0.42, R1 = 4.5, FA = 15, TR = 4;
const lesion = { ktransPerMin: 0.6, ve: 0.25, vp: 0.08 };

/** Voxels 0–3: lesion (T10 900 ms); 4–5: blood (T10 1440 ms); 6: air (no signal). */
function series(): DynamicSeries {
  const cl = tissueCurve(lesion, timesS, BAT, HCT), cb = tissueCurve('blood', timesS, BAT, HCT);
  const phases = timesS.map((_, p) => Float32Array.from([0, 1, 2, 3, 4, 5, 6], (v) => (v < 4 ? spgrSignal(15000, FA, TR, 900, cl[p], R1) : v < 6 ? spgrSignal(15000, FA, TR, 1440, cb[p], R1) : 0)));
  return { phases, timesS, baselineCount: 1, flipAngleDeg: FA, trMs: TR, t10Ms: Float32Array.from([900, 900, 900, 900, 1440, 1440, 0]), r1PerMmS: R1 };
}
const rel = (a: number, b: number) => Math.abs(a - b) / b;

describe('measureDceRoi (caliper dce --roi meanFit and curve)', () => {

  it('extended Tofts, Parker AIF, bolus arrival detected: the analytic Ktrans, ve, vp; type III; curves for drawing', () => {
    const r = measureDceRoi(series(), [0, 1, 2, 3], { model: 'etofts', aif: { type: 'parker' }, hematocrit: HCT });
    if (!r.ok) throw new Error(r.error);
    const v = r.value;
    expect(Math.abs(v.bolusArrivalS - BAT)).toBeLessThan(0.2);
    expect(v.baselineCount).toBe(5);
    expect(rel(v.ktransPerMin, 0.6)).toBeLessThan(0.005);
    expect(rel(v.ve!, 0.25)).toBeLessThan(0.005);
    expect(rel(v.vp!, 0.08)).toBeLessThan(0.01);
    expect(rel(v.kepPerMin!, 2.4)).toBeLessThan(0.01);
    expect(v.residualMm).toBeLessThan(0.005);
    expect(v.curve.type).toBe('III');
    expect([v.signal.length, v.concentrationMm.length, v.aifMm.length, v.fitMm.length]).toEqual([36, 36, 36, 36]);
    // The model curve follows the data; the AIF is 0 before the arrival and peaks just after it.
    v.fitMm.forEach((f, n) => expect(Math.abs(f - v.concentrationMm[n])).toBeLessThan(0.02));
    expect(v.aifMm.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(v.timesS[v.aifMm.indexOf(Math.max(...v.aifMm))]).toBeLessThan(BAT + 20);
  });

  it('Tofts has no vp, Patlak no ve/kep; a given arrival is used as is', () => {
    const t = measureDceRoi(series(), [0, 1], { model: 'tofts', aif: { type: 'parker' }, bolusArrivalS: BAT, hematocrit: HCT });
    const p = measureDceRoi(series(), [0, 1], { model: 'patlak', aif: { type: 'weinmann' }, bolusArrivalS: BAT, hematocrit: HCT });
    if (!t.ok || !p.ok) throw new Error('fit failed');
    expect([t.value.vp, t.value.bolusArrivalS, t.value.bolusArrivalMethod]).toEqual([null, BAT, 'given by the reader']);
    expect([p.value.ve, p.value.kepPerMin]).toEqual([null, null]);
    expect(p.value.fitMm).toHaveLength(36);
  });

  it('vessel ROI as the AIF: onset detected, the blood curve / (1 − Hct) recovers the lesion parameters', () => {
    const r = measureDceRoi(series(), [0, 1, 2, 3], { model: 'etofts', aif: { type: 'roi', voxels: [4, 5] }, bolusArrivalS: BAT, hematocrit: HCT });
    if (!r.ok) throw new Error(r.error);
    // Sampled at 7 s the measured AIF is coarse: the fit is near, not at, the truth.
    expect(rel(r.value.ktransPerMin, 0.6)).toBeLessThan(0.25);
    expect(r.value.aifPeakMm).toBeGreaterThan(3);
    const d = measureDceRoi(series(), [0, 1, 2, 3], { model: 'etofts', aif: { type: 'roi', voxels: [4, 5] }, hematocrit: HCT });
    if (!d.ok) throw new Error(d.error);
    expect(d.value.bolusArrivalMethod).toMatch(/onset/);
  });

  it('errors: empty ROI, empty AIF ROI, no signal, no baseline', () => {
    const s = series();
    const e = (x: ReturnType<typeof measureDceRoi>) => (x.ok ? 'ok' : x.error);
    expect(e(measureDceRoi(s, [], { model: 'tofts', aif: { type: 'parker' }, hematocrit: HCT }))).toBe('ROI is empty');
    expect(e(measureDceRoi(s, [0], { model: 'tofts', aif: { type: 'roi', voxels: [] }, hematocrit: HCT }))).toBe('AIF ROI is empty');
    expect(e(measureDceRoi(s, [6], { model: 'tofts', aif: { type: 'parker' }, bolusArrivalS: BAT, hematocrit: HCT }))).toMatch(/converts to concentration/);
    expect(e(measureDceRoi(s, [0], { model: 'tofts', aif: { type: 'parker' }, bolusArrivalS: 0, hematocrit: HCT }))).toMatch(/no baseline phase before the bolus arrival/);
  });
});
