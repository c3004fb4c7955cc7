import { describe, expect, it } from 'vitest';
// The phantom's analytic model (closed-form convolutions, independent of the engine); its own tests
// check that the written pixels equal these functions rounded to integers.
import { dscMttS, dscSignal } from '../../../../phantoms/src/dsc/dscCurves';
import type { DscTissue } from '../../../../phantoms/src/dsc/dscCurves';
import { aifIntegral, integrateConvolvedAif } from '../../../../phantoms/src/dsc/gammaVariateAif';
import type { DscRegion } from '../../../../phantoms/src/dsc/writeDscStudy';
import { DSC_DEMO, dscRegionAt, dscRegionSignal } from '../../../../phantoms/src/dsc/writeDscStudy';
import { measureDscPerfusion } from '../measureDscPerfusion';

// measureDscPerfusion on the region-mean curves of the demo DSC-MRI phantom (every voxel of a region
// holds the same stored integer, so the region mean is that integer curve).
const d = DSC_DEMO, t = d.timesS;
const stored = (r: DscRegion) => t.map((x) => Math.round(dscRegionSignal(r, x)));
const count = (r: DscRegion) => {
  let n = 0;
  for (let k = 0; k < d.dims[2]; k++) for (let j = 0; j < d.dims[1]; j++) for (let i = 0; i < d.dims[0]; i++) if (dscRegionAt(i, j, k) === r) n++;
  return n;
};
const aif = stored('artery'), wm = stored('whiteMatter'), gm = stored('greyMatter'), tumour = stored('tumour');
// BSW reference: the mean signal of the non-enhancing brain (grey + white matter voxels).
const nWm = count('whiteMatter'), nGm = count('greyMatter');
const reference = t.map((_, p) => (nWm * wm[p] + nGm * gm[p]) / (nWm + nGm));
const opts = { baselineCount: d.baselinePhases, teMs: d.acquisition.teMs };
const measure = (s: number[], withReference = false) => measureDscPerfusion(s, aif, t, withReference ? { ...opts, referenceSignal: reference } : opts)!;
/** The area ratio the truth expects over [0, 73.5 s] (truth/dsc.json cbvOverAcquisition): F ∫0^T (Ca ⊗ e^(−t/MTT)) / ∫0^T Ca, analytic (0.2–0.4 % below CBV). */
const windowCbv = (c: DscTissue) => ((c.cbfMlPer100mlMin / 6000) * integrateConvolvedAif(d.aif, 73.5, dscMttS(c))) / aifIntegral(d.aif, 73.5);

describe('measureDscPerfusion on the DSC-MRI phantom', () => {
  it('CBV of white and grey matter within 1 % (the same r2* in blood and tissue: ∫ΔR2*/∫ΔR2*AIF = CBV); rCBV GM/WM within 1 %', () => {
    const w = measure(wm), g = measure(gm);
    // Residual errors: integer rounding of a 1.9 % (WM) / 4.5 % (GM) signal dip and the trapezoid rule at Δt = 1.5 s.
    expect(w.cbv / windowCbv(d.whiteMatter)).toBeCloseTo(1, 2);
    expect(g.cbv / windowCbv(d.greyMatter)).toBeCloseTo(1, 2);
    expect(g.cbv / w.cbv / (4.5 / 2.2)).toBeCloseTo(1, 2);
    expect(w.leakage).toBeNull();
  });

  it('tumour: T1 leakage halves the uncorrected CBV; BSW against the non-enhancing brain restores it within 5 % (K2 > 0)', () => {
    const raw = measure(tumour), bsw = measure(tumour, true);
    // Uncorrected 0.041 for a truth of 0.080: the extravasated agent raises the signal during and after the first pass.
    expect(raw.cbv / 0.08).toBeLessThan(0.55);
    // Corrected 0.0772 (−3.5 %): BSW models the leak as K2 ∫ref, but the phantom's leak is Tofts
    // (∫Cp e^(−kep(t−s)), and Cp is not the dispersed reference curve), so the model is not exact.
    expect(bsw.cbv / 0.08).toBeGreaterThan(0.95);
    expect(bsw.cbv / 0.08).toBeLessThan(1);
    expect(bsw.leakage!.k2PerS).toBeGreaterThan(0);
    // rCBV relative to (uncorrected) white matter: 3.52 for a truth of 8/2.2 = 3.64.
    expect(bsw.cbv / measure(wm).cbv / (8 / 2.2)).toBeGreaterThan(0.95);
    expect(bsw.cbv / measure(wm).cbv / (8 / 2.2)).toBeLessThan(1);
  });

  it('BSW on non-leaky tissue is not neutral: the reference (mixed GM/WM) has another MTT, so K2 ≠ 0 and CBV moves by ~5 %', () => {
    const w = measure(wm, true), g = measure(gm, true);
    expect(Math.abs(w.leakage!.k2PerS)).toBeGreaterThan(1e-4);
    expect(w.cbv / windowCbv(d.whiteMatter)).toBeGreaterThan(0.93);
    expect(w.cbv / windowCbv(d.whiteMatter)).toBeLessThan(0.96);
    expect(g.cbv / windowCbv(d.greyMatter)).toBeGreaterThan(1.03);
    expect(g.cbv / windowCbv(d.greyMatter)).toBeLessThan(1.06);
  });

  it('CBF by oSVD: grey matter −4 %, tumour (BSW) −6 %, white matter −12 %: the OI threshold smooths the residue peak', () => {
    const cbf = (m: { cbfPerS: number }) => m.cbfPerS * 6000;
    // White matter's 30-unit dip quantised to integers forces a higher threshold (0.009 against 0.003
    // noise-free) and so a smoother, lower residue peak: 19.3 against 23.1 mL/100 mL/min unrounded.
    expect(cbf(measure(wm)) / 22).toBeGreaterThan(0.85);
    expect(cbf(measure(wm)) / 22).toBeLessThan(0.9);
    expect(cbf(measure(gm)) / 60).toBeGreaterThan(0.94);
    expect(cbf(measure(gm)) / 60).toBeLessThan(0.98);
    expect(cbf(measure(tumour, true)) / 100).toBeGreaterThan(0.92);
    expect(cbf(measure(tumour, true)) / 100).toBeLessThan(0.96);
    // MTT = CBV/CBF inherits the CBF error with the opposite sign.
    expect(measure(gm).mttS / 4.5).toBeGreaterThan(1.02);
    expect(measure(gm).mttS / 4.5).toBeLessThan(1.06);
  });

  it('oSVD underestimates high flows (short MTT): noise-free, at CBV 4 %, recovery falls as MTT shortens towards Δt', () => {
    const ratio = (mttS: number) => {
      const tissue = { cbfMlPer100mlMin: (60 * 4) / mttS, cbvMlPer100ml: 4, s0: 2000 };
      const s = t.map((x) => dscSignal(tissue, 2000, d.aif, x, d.acquisition));
      const a = t.map((x) => dscRegionSignal('artery', x));
      return (measureDscPerfusion(s, a, t, opts)!.cbfPerS * 6000) / tissue.cbfMlPer100mlMin;
    };
    const r = [1.5, 2, 3, 6].map(ratio);
    // Measured: 0.58 (MTT 1.5 s = Δt), 0.71 (2 s), 0.86 (3 s), 0.98 (4.5 s), 1.05 (6 s), 1.10 (8 s).
    // The residue e^(−t/MTT) drops by e^(−Δt/MTT) within the first sample: the truncated spectrum cannot
    // follow a step that sharp, and the peak k(0) = CBF is rounded off (Wu 2003, Fig. 4; Knutsson 2010).
    expect(r[0]).toBeLessThan(r[1]);
    expect(r[1]).toBeLessThan(r[2]);
    expect(r[0]).toBeLessThan(0.85);
    expect(r[3]).toBeGreaterThan(0.95);
  });
});
