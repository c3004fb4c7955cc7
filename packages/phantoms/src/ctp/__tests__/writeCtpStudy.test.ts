import { describe, expect, it } from 'vitest';
import { aifAt, aifIntegral, convolveAifExp } from '../../dsc/gammaVariateAif';
import { readSlice, tmSeconds } from '../../study/__tests__/readBack';
import { ctpFactors, ctpVenousEnhancement, kHematocrit } from '../ctpCurves';
import { CTP_DEMO, ctpRegionAt, writeCtpStudy } from '../writeCtpStudy';

const files = new Map<string, Uint8Array>();
const study = writeCtpStudy({ emit: (p, b) => files.set(p, b), uid: (l) => `2.25.99${l.length}`, syntax: 'explicit' });
const d = CTP_DEMO;
const file = (p: number, k: number) => readSlice(files.get(`ctp/perfusion/p${String(p + 1).padStart(3, '0')}_s${k + 1}.dcm`)!);
/** HU of voxel (i, j) of a slice read back. */
const huAt = (s: ReturnType<typeof file>, i: number, j: number) => s.pixels[j * 256 + i] * s.slope + s.intercept;

describe('demo CT perfusion study', () => {
  it('40 phases × 4 slices, 80 kVp, TemporalPositionIdentifier and one AcquisitionTime per phase, HU = stored − 1024', () => {
    expect(study.manifest.series[0].instances).toHaveLength(160);
    expect(study.manifest.patientId).toBe('CALIPER-CTP-001');
    const last = file(39, 3), first = file(0, 0);
    expect([last.ds.string('x00200100'), last.ds.floatString('x00180060'), last.ds.string('x00080060'), last.slope, last.intercept]).toEqual(['40', 80, 'CT', 1, -1024]);
    expect(tmSeconds(last.ds.string('x00080032')!) - tmSeconds(first.ds.string('x00080032')!)).toBeCloseTo(58.5, 6);
    expect([last.columns, last.rows, last.z, last.pixelSpacing]).toEqual([256, 256, 7.5, [0.9375, 0.9375]]);
    expect(last.ds.elements.x00181060).toBeUndefined();
  });

  it('pixels: artery 45 + 0.7 Ca, vein = delayed dispersed Ca, tissue = F (Ca ⊗ e^(−t/MTT)) + K ∫Ca', () => {
    // Artery centre (−12, −20): i = (−12 + 119.53125)/0.9375 = 114.7, j = 106.17 → voxel (115, 106).
    expect(ctpRegionAt(115, 106, 1)).toBe('artery');
    // Vein (0, 80): i = 127.5, j = 212.83 → voxel (127, 213); tumour (30, 10): i = 159.5, j = 138.17.
    expect(ctpRegionAt(127, 213, 1)).toBe('vein');
    expect(ctpRegionAt(160, 138, 1)).toBe('tumour');
    expect(ctpRegionAt(100, 160, 0)).toBe('normal');
    // Skull: 90 < −y < 96 mm at x ≈ 0 → j = (−93.28 + 119.53)/0.9375 = 28.
    expect([ctpRegionAt(127, 28, 0), ctpRegionAt(0, 0, 0)]).toEqual(['skull', 'air']);
    const kH = (1 - 0.45) / (1 - 0.25);
    expect(kHematocrit(d.constants)).toBeCloseTo(kH, 14);
    // Normal brain: F = 50 · 1.04/(6000 kH), MTT = 60 · 3/50 = 3.6 s; tumour adds K = 8 · 1.04/(6000 kH).
    const fN = (50 * 1.04) / (6000 * kH), fT = (80 * 1.04) / (6000 * kH), kT = (8 * 1.04) / (6000 * kH);
    expect(ctpFactors(d.tumour.tissue, d.constants)).toEqual({ flowPerS: expect.closeTo(fT, 14), leakPerS: expect.closeTo(kT, 14), mttS: expect.closeTo(3.75, 14) });
    for (const p of [0, 8, 25]) {
      const t = d.timesS[p], s = file(p, 1);
      expect(huAt(s, 115, 106)).toBe(Math.round(45 + 0.7 * aifAt(d.aif, t)));
      expect(huAt(s, 127, 213)).toBe(Math.round(45 + convolveAifExp(d.aif, t - 5, 1 / 3) / 3));
      expect(huAt(s, 100, 160)).toBe(Math.round(35 + fN * convolveAifExp(d.aif, t, 1 / 3.6)));
      expect(huAt(s, 160, 138)).toBe(Math.round(40 + fT * convolveAifExp(d.aif, t, 1 / 3.75) + kT * aifIntegral(d.aif, t)));
      expect(huAt(s, 0, 0)).toBe(-1000);
      expect(huAt(s, 127, 28)).toBe(1000);
    }
    // First-pass peak 450 HU at 7 + 3 · 1.6 = 11.8 s (plus the other boluses' tails); the artery reads 70 %.
    expect(aifAt([d.aif[0]], 11.8)).toBeCloseTo(450, 10);
    expect(huAt(file(8, 1), 115, 106)).toBe(359);
  });

  it('the venous curve keeps the arterial area (mass balance) and the tumour keeps enhancing (leak)', () => {
    expect(convolveAifExp(d.aif, 1e4, 0)).toBeCloseTo(aifIntegral(d.aif, 1e4), 9);
    let area = 0;
    for (let t = 0.0005; t < 400; t += 1e-3) area += ctpVenousEnhancement(d.aif, t, 5, 3) * 1e-3;
    expect(area / aifIntegral(d.aif, 1e4)).toBeCloseTo(1, 4);
    const tumour = (p: number) => huAt(file(p, 1), 160, 138), normal = (p: number) => huAt(file(p, 1), 100, 160);
    expect(tumour(39) - 40).toBeGreaterThan(2 * (normal(39) - 35));
  });

  it('truth: BF, BV, MTT, PS per region; the venous/arterial area ratio over the acquisition', () => {
    const r = study.truth.regions as Record<string, { bfMlPer100gMin: number; bvMlPer100g: number; mttS: number; psMlPer100gMin: number; bvAreaRatioOverAcquisition: number }>;
    expect(r.normal).toMatchObject({ bfMlPer100gMin: 50, bvMlPer100g: 3, mttS: 3.6, psMlPer100gMin: 0 });
    expect(r.tumour).toMatchObject({ bfMlPer100gMin: 80, bvMlPer100g: 5, psMlPer100gMin: 8 });
    // Without leakage the area ratio differs from BV only by the truncation at 58.5 s (the vein is cut more than the tissue).
    expect(r.normal.bvAreaRatioOverAcquisition / 3).toBeGreaterThan(1);
    expect(r.normal.bvAreaRatioOverAcquisition / 3).toBeLessThan(1.05);
    // The tumour's leaked contrast doubles its area ratio.
    expect(r.tumour.bvAreaRatioOverAcquisition / 5).toBeGreaterThan(2);
    const a = study.truth.acquisition as { partialVolumeScaleOverAcquisition: number };
    expect(a.partialVolumeScaleOverAcquisition).toBeGreaterThan(1.3);
    expect(a.partialVolumeScaleOverAcquisition).toBeLessThan(1 / 0.7);
  });
});
