import { deconvolveOsvd } from './deconvolveOsvd';
import { fitVascularLeak, prepareVascularLeakBasis } from './fitVascularLeak';
import { resampleUniform } from './resampleUniform';

export interface MeasureCtPerfusionOptions {
  /** Pre-contrast samples averaged into each curve's baseline HU. */
  readonly baselineCount: number;
  /** Large-vessel and capillary hematocrit (kH = (1 − Hct_large)/(1 − Hct_small)); default 0.45, 0.25. */
  readonly hematocritLarge?: number;
  readonly hematocritSmall?: number;
  /** Tissue density (g/mL), default 1.04. */
  readonly densityGPerMl?: number;
  readonly oscillationLimit?: number;
}

/** CT perfusion of one tissue curve (CAPLEX-style names, CT units). */
export interface CtPerfusion {
  /** Blood flow (mL/100 g/min). */
  readonly bfMlPer100gMin: number;
  /** Blood volume (mL/100 g): the vascular term of the vascular-transit + leak fit (fitVascularLeak), without leaked contrast. */
  readonly bvMlPer100g: number;
  /** kH/ρ · ∫C/∫AIF · 100 (mL/100 g): equal to the blood volume for an intact barrier, larger by the leaked contrast otherwise. */
  readonly bvAreaRatioMlPer100g: number;
  /** Mean transit time BV/BF (s). */
  readonly mttS: number;
  /** Permeability–surface area product by Patlak after the first pass (mL/100 g/min); null when fewer than 3 samples follow it. */
  readonly psMlPer100gMin: number | null;
  /** Factor applied to the arterial curve from the venous outflow (∫VOF/∫AIF), 1 without one. */
  readonly partialVolumeScale: number;
}

/**
 * CT perfusion from HU curves (enhancement = HU − baseline is proportional to iodine concentration):
 * the arterial input is scaled by ∫VOF/∫AIF when a venous output (e.g. the superior sagittal sinus) is
 * given and larger (arterial partial volume; Axel 1980 / vendor practice), BF = kH/ρ · max k(t) by
 * oSVD deconvolution (deconvolveOsvd, Wu 2003), BV = kH/ρ · v from the fit of C = (v/τ)(AIF ⊗ e^(−t/τ))
 * + K ∫AIF (fitVascularLeak: the leaked contrast K ∫∫AIF is not blood volume; for an intact barrier
 * v is the area ratio ∫C/∫AIF), MTT = BV/BF (central volume theorem), PS by Patlak (C(t) = K ∫AIF + V AIF(t)) over the samples after the arterial first pass
 * (AIF back below half its peak); kH = (1 − Hct_large)/(1 − Hct_small), ρ the tissue density.
 */
export function measureCtPerfusion(tissueHu: ArrayLike<number>, arterialHu: ArrayLike<number>, venousHu: ArrayLike<number> | null, timesS: ArrayLike<number>, options: MeasureCtPerfusionOptions): CtPerfusion {
  const n = timesS.length, nb = Math.max(1, Math.min(n, options.baselineCount));
  const enhancement = (c: ArrayLike<number>) => {
    let b = 0;
    for (let q = 0; q < nb; q++) b += c[q];
    b /= nb;
    return Float64Array.from({ length: n }, (_, q) => c[q] - b);
  };
  const area = (c: ArrayLike<number>) => {
    let s = 0;
    for (let q = 1; q < n; q++) s += 0.5 * (timesS[q] - timesS[q - 1]) * (c[q] + c[q - 1]);
    return s;
  };
  const tissue = enhancement(tissueHu);
  let aif = enhancement(arterialHu);
  let scale = 1;
  if (venousHu) {
    const v = area(enhancement(venousHu)), a = area(aif);
    if (v > a && a > 0) {
      scale = v / a;
      aif = Float64Array.from(aif, (x) => x * scale);
    }
  }
  const kH = (1 - (options.hematocritLarge ?? 0.45)) / (1 - (options.hematocritSmall ?? 0.25));
  const rho = options.densityGPerMl ?? 1.04;
  const { dtS, curves } = resampleUniform(timesS, [tissue, aif]);
  const d = deconvolveOsvd(curves[0], curves[1], dtS, options.oscillationLimit !== undefined ? { oscillationLimit: options.oscillationLimit } : {});
  // k(t) in /s (per mL of tissue per mL of blood): × kH/ρ × 60 s/min × 100 g.
  const bf = ((d.flowPerS * kH) / rho) * 6000;
  const bvAreaRatio = ((area(tissue) / area(aif)) * kH * 100) / rho;
  const fit = fitVascularLeak(prepareVascularLeakBasis(aif, timesS), tissue);
  const bv = ((fit ? fit.vascularFraction : 0) * kH * 100) / rho;
  // Patlak after the first pass: samples where the AIF has fallen below half its peak after it.
  let peak = 0;
  for (let q = 1; q < n; q++) if (aif[q] > aif[peak]) peak = q;
  let first = peak;
  while (first < n && aif[first] > 0.5 * aif[peak]) first++;
  let ps: number | null = null;
  if (n - first >= 3) {
    let intA = 0;
    let sxx = 0, sxz = 0, szz = 0, sxy = 0, szy = 0;
    for (let q = 0; q < n; q++) {
      if (q > 0) intA += 0.5 * (timesS[q] - timesS[q - 1]) * (aif[q] + aif[q - 1]);
      if (q < first) continue;
      const x = aif[q], z = intA, y = tissue[q];
      sxx += x * x; sxz += x * z; szz += z * z; sxy += x * y; szy += z * y;
    }
    const det = sxx * szz - sxz * sxz;
    if (det > 0) ps = Math.max(0, ((szy * sxx - sxy * sxz) / det) * (kH / rho) * 6000);
  }
  return { bfMlPer100gMin: bf, bvMlPer100g: bv, bvAreaRatioMlPer100g: bvAreaRatio, mttS: bf > 0 ? (bv / bf) * 60 : NaN, psMlPer100gMin: ps, partialVolumeScale: scale };
}
