import { describe, expect, it } from 'vitest';
import { measureDscPerfusion } from '@caliper/engine';
import { measurePerfusionRoi } from '../measurePerfusionRoi';

// 40 phases every 1.5 s; bolus at 12 s (8 baseline phases). Arterial ΔR2* (/s) or ΔHU: a gamma variate.
const times = Array.from({ length: 40 }, (_, q) => 1.5 * q);
const gamma = (t: number) => (t <= 12 ? 0 : ((t - 12) / 4) ** 3 * Math.exp(-(t - 12) / 1.5));
const aifDelta = times.map((t) => 60 * gamma(t));
/** Reference tissue: 0.03 × (AIF ⊗ e^(−t/4 s)) on the phase grid (discrete, exact enough to be a curve). */
const refDelta = times.map((_, n) => {
  let s = 0;
  for (let m = 0; m <= n; m++) s += aifDelta[m] * Math.exp(-(times[n] - times[m]) / 4) * 1.5;
  return 0.03 * s;
});

/** Three voxels: tissue, AIF, reference, one phase array each; MR signal S = S0 e^(−TE ΔR2*), TE 30 ms. */
function dscPhases(tissueDelta: readonly number[]): Float64Array[] {
  return times.map((_, q) => Float64Array.from([tissueDelta[q], aifDelta[q], refDelta[q]], (d) => 1000 * Math.exp(-0.03 * d)));
}
const voxels = { tissue: [0], aif: [1], second: [2] };

describe('measurePerfusionRoi (DSC)', () => {
  it('tissue = 1.8 × reference: rCBV = rCBF = 1.8 with and without leakage correction, MTT equal to the reference\'s', () => {
    const r = measurePerfusionRoi(dscPhases(refDelta.map((d) => 1.8 * d)), times, voxels, { kind: 'dsc', teMs: 30 });
    if (!r.ok) throw new Error(r.error);
    const d = r.value.dsc!;
    expect(r.value.baselineCount).toBeGreaterThanOrEqual(8);
    expect(r.value.baselineCount).toBeLessThanOrEqual(9);
    expect(d.rcbv).toEqual({ value: expect.closeTo(1.8, 6) });
    expect(d.rcbvUncorrected).toEqual({ value: expect.closeTo(1.8, 6) });
    expect(d.rcbf).toEqual({ value: expect.closeTo(1.8, 6) });
    expect(d.k2PerS).toEqual({ value: expect.closeTo(0, 8) });
    const ref = measureDscPerfusion(dscPhases(refDelta).map((p) => p[2]), dscPhases(refDelta).map((p) => p[1]), times, { baselineCount: r.value.baselineCount, teMs: 30 })!;
    expect(d.mttS).toEqual({ value: expect.closeTo(ref.mttS, 6) });
    // The curve drawn is ΔR2* = −ln(S/S0)/TE: back to the input.
    expect(r.value.tissue.delta[20]).toBeCloseTo(1.8 * refDelta[20], 6);
    expect(r.value.deltaUnit).toBe('/s');
  });

  it('T1-dominant leakage (ΔR2* = 1.5 ref − 0.01/s ∫ref): corrected rCBV 1.5, uncorrected lower by 0.01 ∫∫ref / ∫ref', () => {
    const cum = [0];
    for (let q = 1; q < times.length; q++) cum.push(cum[q - 1] + 0.75 * (refDelta[q] + refDelta[q - 1]));
    const leaky = refDelta.map((d, q) => 1.5 * d - 0.01 * cum[q]);
    const r = measurePerfusionRoi(dscPhases(leaky), times, voxels, { kind: 'dsc', teMs: 30, baselineCount: 8 });
    if (!r.ok) throw new Error(r.error);
    let areaRef = 0, areaCum = 0;
    for (let q = 1; q < times.length; q++) {
      areaRef += 0.75 * (refDelta[q] + refDelta[q - 1]);
      areaCum += 0.75 * (cum[q] + cum[q - 1]);
    }
    expect(r.value.dsc!.k2PerS).toEqual({ value: expect.closeTo(0.01, 6) });
    expect(r.value.dsc!.rcbv).toEqual({ value: expect.closeTo(1.5, 5) });
    expect(r.value.dsc!.rcbvUncorrected).toEqual({ value: expect.closeTo(1.5 - (0.01 * areaCum) / areaRef, 5) });
  });

  it('without a reference: rCBV/rCBF/K2 say why, MTT is still given', () => {
    const r = measurePerfusionRoi(dscPhases(refDelta), times, { tissue: [0], aif: [1] }, { kind: 'dsc', teMs: 30 });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.dsc!.rcbv).toEqual({ why: 'no reference ROI (NAWM)' });
    expect(r.value.dsc!.mttS).toHaveProperty('value');
  });

  it('bad input: empty AIF ROI, no TE, no bolus in the AIF, fewer than 3 phases', () => {
    const ph = dscPhases(refDelta);
    const why = (x: ReturnType<typeof measurePerfusionRoi>) => (x.ok ? 'ok' : x.error);
    expect(why(measurePerfusionRoi(ph, times, { tissue: [0], aif: [] }, { kind: 'dsc', teMs: 30 }))).toMatch(/^AIF ROI is empty/);
    expect(why(measurePerfusionRoi(ph, times, voxels, { kind: 'dsc' }))).toMatch(/EchoTime \(0018,0081\) missing/);
    const flat = times.map(() => Float64Array.from([900, 1000, 800]));
    expect(why(measurePerfusionRoi(flat, times, voxels, { kind: 'dsc', teMs: 30 }))).toMatch(/bolus arrival not detected on the AIF ROI/);
    expect(why(measurePerfusionRoi(ph.slice(0, 2), times.slice(0, 2), voxels, { kind: 'dsc', teMs: 30 }))).toMatch(/not a dynamic series: 2 phase/);
  });
});

describe('measurePerfusionRoi (CT)', () => {
  // HU: tissue 40 + 0.04 × arterial enhancement, artery 50 + ΔHU (×60 → 300 HU peak-ish), vein 45 + 1.25 × arterial.
  const ctPhases = (venousScale: number) => times.map((_, q) => Float64Array.from([40 + 0.04 * 5 * aifDelta[q], 50 + 5 * aifDelta[q], 45 + venousScale * 5 * aifDelta[q]]));
  const kHOverRho = (1 - 0.45) / (1 - 0.25) / 1.04;

  it('BV = kH/ρ · 100 · ∫tissue/∫AIF = 2.820 mL/100 g; a larger venous curve scales the AIF (BV / 1.25)', () => {
    const r = measurePerfusionRoi(ctPhases(1.25), times, { tissue: [0], aif: [1] }, { kind: 'ctp' });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.ctp!.bvMlPer100g).toEqual({ value: expect.closeTo(0.04 * 100 * kHOverRho, 6) });
    expect(0.04 * 100 * kHOverRho).toBeCloseTo(2.8205, 4);
    expect(r.value.ctp!.partialVolumeScale).toBe(1);
    const v = measurePerfusionRoi(ctPhases(1.25), times, { tissue: [0], aif: [1], second: [2] }, { kind: 'ctp' });
    if (!v.ok) throw new Error(v.error);
    expect(v.value.ctp!.partialVolumeScale).toBeCloseTo(1.25, 9);
    expect(v.value.ctp!.bvMlPer100g).toEqual({ value: expect.closeTo((0.04 * 100 * kHOverRho) / 1.25, 6) });
    expect(r.value.tissue.delta[20]).toBeCloseTo(0.2 * aifDelta[20], 9);
    expect(r.value.deltaUnit).toBe('HU');
  });

  it('MTT = BV/BF · 60 s; PS by Patlak is 0 for a purely intravascular tissue curve, or says why with a short acquisition', () => {
    const r = measurePerfusionRoi(ctPhases(1), times, { tissue: [0], aif: [1] }, { kind: 'ctp' });
    if (!r.ok) throw new Error(r.error);
    const c = r.value.ctp!;
    if (!('value' in c.bfMlPer100gMin) || !('value' in c.bvMlPer100g) || !('value' in c.mttS)) throw new Error('not computed');
    expect(c.mttS.value).toBeCloseTo((c.bvMlPer100g.value / c.bfMlPer100gMin.value) * 60, 9);
    expect(c.psMlPer100gMin).toEqual({ value: expect.closeTo(0, 6) });
    const short = measurePerfusionRoi(ctPhases(1).slice(0, 13), times.slice(0, 13), { tissue: [0], aif: [1] }, { kind: 'ctp' });
    if (!short.ok) throw new Error(short.error);
    expect(short.value.ctp!.psMlPer100gMin).toEqual({ why: expect.stringMatching(/fewer than 3 phases after the arterial first pass/) });
  });
});
