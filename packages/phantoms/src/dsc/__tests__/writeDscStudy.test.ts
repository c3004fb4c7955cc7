import { describe, expect, it } from 'vitest';
import { readSlice, tmSeconds } from '../../study/__tests__/readBack';
import { dscMttS, dscSignal } from '../dscCurves';
import { aifAt, aifIntegral, convolveAifExp, cubicMomentIntegral, integrateConvolvedAif } from '../gammaVariateAif';
import { DSC_DEMO, dscRegionAt, writeDscStudy } from '../writeDscStudy';

const files = new Map<string, Uint8Array>();
const study = writeDscStudy({ emit: (p, b) => files.set(p, b), uid: (l) => `2.25.88${l.length}`, syntax: 'explicit' });
const d = DSC_DEMO;
const file = (p: number, k: number) => readSlice(files.get(`dsc/perfusion/p${String(p + 1).padStart(3, '0')}_s${k + 1}.dcm`)!);

/** Midpoint rule on a fine grid: an independent check of the closed forms. */
const midpoint = (f: (s: number) => number, a: number, b: number, h = 1e-3) => {
  let s = 0;
  for (let x = a + h / 2; x < b; x += h) s += f(x) * h;
  return s;
};

describe('gamma-variate AIF closed forms', () => {
  it('∫0^x s³ e^(−λs) ds: series and closed form agree with each other and with quadrature', () => {
    // λ = 0: x⁴/4 exactly; across the series/closed-form switch at |λx| = 2 the value is continuous.
    expect(cubicMomentIntegral(3, 0)).toBeCloseTo(81 / 4, 12);
    expect(cubicMomentIntegral(3, 2 / 3 - 1e-12) / cubicMomentIntegral(3, 2 / 3 + 1e-12)).toBeCloseTo(1, 10);
    expect(cubicMomentIntegral(3, 0.8)).toBeCloseTo(midpoint((s) => s ** 3 * Math.exp(-0.8 * s), 0, 3, 1e-4), 7);
    expect(cubicMomentIntegral(40, 1)).toBeCloseTo(6, 10);
  });

  it('the AIF peaks at arrival + 3β with its peak value; ∫Ca ⊗ e^(−t/τ) matches quadrature', () => {
    expect(aifAt(d.aif, 16.5)).toBeCloseTo(8 + aifAt([d.aif[1]], 16.5), 12);
    expect(aifAt([d.aif[1]], 33)).toBeCloseTo(1.2, 12);
    expect(aifAt(d.aif, 11.9)).toBe(0);
    const conv = midpoint((s) => aifAt(d.aif, s) * Math.exp(-(40 - s) / 4.5), 0, 40);
    expect(convolveAifExp(d.aif, 40, 1 / 4.5)).toBeCloseTo(conv, 5);
    // Each bolus integrates to 6 a β⁴ = peak e³ 6β⁴/(3β)³ over all time.
    expect(aifIntegral(d.aif, 1e4)).toBeCloseTo(8 * Math.exp(3) * (6 * 1.5) / 27 + 1.2 * Math.exp(3) * (6 * 3) / 27, 9);
    const area = midpoint((t) => convolveAifExp(d.aif, t, 1 / 4.5), 0, 73.5, 5e-3);
    expect(integrateConvolvedAif(d.aif, 73.5, 4.5)).toBeCloseTo(area, 4);
  });
});

describe('demo DSC study', () => {
  it('50 phases × 6 slices, gradient echo TE 30 ms / TR 1500 ms, TemporalPositionIdentifier, TriggerTime, AcquisitionTime', () => {
    expect(study.manifest.series[0].instances).toHaveLength(300);
    expect(files.size).toBe(300);
    expect(study.manifest.patientId).toBe('CALIPER-DSC-001');
    const last = file(49, 5), first = file(0, 0);
    expect([last.ds.string('x00200100'), last.ds.floatString('x00181060'), last.ds.floatString('x00180081'), last.ds.floatString('x00180080'), last.ds.floatString('x00181314')]).toEqual(['50', 73500, 30, 1500, 30]);
    expect([last.ds.string('x00080008'), last.ds.string('x0008103e'), last.ds.string('x00180020'), last.ds.string('x00200105')]).toEqual(['ORIGINAL\\PRIMARY', 'DSC perf', 'GR', '50']);
    expect(tmSeconds(last.ds.string('x00080032')!) - tmSeconds(first.ds.string('x00080032')!)).toBeCloseTo(73.5, 6);
    expect([last.columns, last.rows, last.z, last.x0, last.pixelSpacing]).toEqual([128, 128, 12.5, -119.0625, [1.875, 1.875]]);
  });

  it('pixels: artery S0 e^(−TE r2* Ca), white matter and tumour by the analytic formula; air 0', () => {
    // Artery centre (−10, 30) → i = (−10 + 119.0625)/1.875 = 58.17, j = 79.5: voxel (58, 80) is 0.56 mm off.
    expect(dscRegionAt(58, 80, 2)).toBe('artery');
    // Tumour centre (28, −18, 0) → i = 78.43, j = 53.9; slice 2 (z = −2.5) crosses it.
    expect(dscRegionAt(78, 54, 2)).toBe('tumour');
    expect(dscRegionAt(64, 64, 0)).toBe('whiteMatter');
    expect(dscRegionAt(64, 20, 0)).toBe('greyMatter');
    expect(dscRegionAt(0, 0, 0)).toBe('air');
    const a = d.acquisition, te = 0.03;
    for (const p of [0, 11, 30]) {
      const t = d.timesS[p], s = file(p, 2);
      expect(s.pixels[80 * 128 + 58]).toBe(Math.round(1800 * Math.exp(-te * 9 * aifAt(d.aif, t))));
      // White matter: Cv = CBF/6000 · (Ca ⊗ e^(−t/MTT)), MTT = 60 · 2.2/22 = 6 s.
      expect(s.pixels[64 * 128 + 64]).toBe(Math.round(1600 * Math.exp(-te * 9 * (22 / 6000) * convolveAifExp(d.aif, t, 1 / 6))));
      expect(s.pixels[54 * 128 + 78]).toBe(Math.round(dscSignal(d.tumour.tissue, 2200, d.aif, t, a)));
      expect(s.pixels[0]).toBe(0);
    }
    expect(dscMttS(d.whiteMatter)).toBeCloseTo(6, 12);
    // Bolus peak (p = 11, t = 16.5 s): artery at 1800 e^(−0.27 Ca(16.5)) ≈ 208.
    expect(file(11, 2).pixels[80 * 128 + 58]).toBe(208);
  });

  it('tumour leakage: T1 shortening lifts the late signal above the baseline (T1-dominant)', () => {
    const px = (p: number) => file(p, 2).pixels[54 * 128 + 78];
    expect(px(0)).toBe(2200);
    expect(px(13)).toBeLessThan(2100);
    expect(px(49)).toBeGreaterThan(2200);
  });

  it('truth: rCBV and rCBF relative to white matter; the area ratio over the acquisition', () => {
    const r = study.truth.regions as Record<string, { rCbv: number; rCbf: number; mttS: number; engine: { cbv: number; cbvOverAcquisition: number } }>;
    expect(r.tumour.rCbv).toBeCloseTo(8 / 2.2, 12);
    expect(r.tumour.rCbf).toBeCloseTo(100 / 22, 12);
    expect(r.greyMatter.mttS).toBeCloseTo(4.5, 12);
    // The curves end at 73.5 s, when Ca is back to < 0.01 % of its peak: the window loses < 0.5 % of CBV.
    for (const k of ['whiteMatter', 'greyMatter', 'tumour']) {
      expect(r[k].engine.cbvOverAcquisition / r[k].engine.cbv).toBeGreaterThan(0.995);
      expect(r[k].engine.cbvOverAcquisition).toBeLessThan(r[k].engine.cbv);
    }
  });
});
