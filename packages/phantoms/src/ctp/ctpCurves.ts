// Analytic truth of the synthetic CT perfusion series (independent of the engine), in the conventions
// of the engine's measureCtPerfusion: enhancement ΔHU ∝ iodine concentration; the arterial curve is
// whole large-vessel blood; BF and BV per 100 g of tissue with density ρ and the hematocrit factor
// kH = (1 − Hct_large)/(1 − Hct_small) (Miles 1991; Axel 1980; vendor CTP practice).
import type { GammaAif } from '../dsc/gammaVariateAif';
import { aifIntegral, convolveAifExp } from '../dsc/gammaVariateAif';

/** Constants that turn flows per 100 g into curve factors. */
export interface CtpConstants {
  readonly densityGPerMl: number;
  readonly hematocritLarge: number;
  readonly hematocritSmall: number;
}

/** A tissue: blood flow, blood volume and the permeability–surface product of its capillaries. */
export interface CtpTissue {
  readonly bfMlPer100gMin: number;
  readonly bvMlPer100g: number;
  /** Unidirectional leak (Patlak K of the engine's convention, × kH/ρ × 6000); 0 = intact barrier. */
  readonly psMlPer100gMin: number;
  readonly baselineHu: number;
}

export const kHematocrit = (c: CtpConstants): number => (1 - c.hematocritLarge) / (1 - c.hematocritSmall);

/** MTT (s) = 60 BV/BF. */
export const ctpMttS = (t: CtpTissue): number => (60 * t.bvMlPer100g) / t.bfMlPer100gMin;

/**
 * Curve factors (per mL of tissue, relative to the arterial curve): F = BF ρ/(6000 kH) (/s), so that
 * BF = kH/ρ · F · 6000, and K = PS ρ/(6000 kH) (/s).
 */
export function ctpFactors(t: CtpTissue, c: CtpConstants): { flowPerS: number; leakPerS: number; mttS: number } {
  const k = kHematocrit(c), rho = c.densityGPerMl;
  return { flowPerS: (t.bfMlPer100gMin * rho) / (6000 * k), leakPerS: (t.psMlPer100gMin * rho) / (6000 * k), mttS: ctpMttS(t) };
}

/** Tissue enhancement (HU): F (Ca ⊗ e^(−t/MTT))(t) + K ∫0^t Ca (vascular, exponential residue; extravascular, no back-flux within the acquisition). */
export function ctpTissueEnhancement(t: CtpTissue, c: CtpConstants, aif: GammaAif, tS: number): number {
  const f = ctpFactors(t, c);
  return f.flowPerS * convolveAifExp(aif, tS, 1 / f.mttS) + f.leakPerS * aifIntegral(aif, tS);
}

/** Venous outflow (HU): the arterial curve delayed by `delayS` and dispersed by e^(−t/τ)/τ (area preserved). */
export function ctpVenousEnhancement(aif: GammaAif, tS: number, delayS: number, tauS: number): number {
  return convolveAifExp(aif, tS - delayS, 1 / tauS) / tauS;
}
