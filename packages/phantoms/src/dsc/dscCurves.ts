// Analytic truth of the synthetic DSC-MRI series (independent of the engine): indicator dilution with
// an exponential residue (Østergaard 1996), ΔR2* linear in concentration (Rosen 1990) with one
// constant for blood and tissue, and for a leaky tumour the T1 shortening of the extravasated agent
// (extended Tofts, spoiled gradient echo), the effect Boxerman–Schmainda–Weisskoff 2006 corrects.
import type { GammaAif } from './gammaVariateAif';
import { aifAt, convolveAifExp } from './gammaVariateAif';

/** Gradient-echo EPI parameters and the contrast constants of the phantom. */
export interface DscAcquisition {
  readonly teMs: number;
  readonly trMs: number;
  readonly flipAngleDeg: number;
  /** ΔR2* per concentration (/s per mM), the same in blood and tissue, so that ∫ΔR2*tissue/∫ΔR2*AIF = CBV. */
  readonly r2StarPerMmS: number;
  /** Longitudinal relaxivity of the extravasated agent (/s per mM). */
  readonly r1PerMmS: number;
  /** Large-vessel hematocrit: plasma Cp = Ca/(1 − Hct) drives the leakage. */
  readonly hematocrit: number;
}

/** A brain tissue: perfusion (per 100 mL of tissue), baseline signal and, for a tumour, leakage. */
export interface DscTissue {
  readonly cbfMlPer100mlMin: number;
  readonly cbvMlPer100ml: number;
  readonly s0: number;
  /** Extended-Tofts leakage into the EES and the tissue's pre-contrast T1; absent = intact blood–brain barrier. */
  readonly leakage?: { readonly ktransPerMin: number; readonly ve: number; readonly t10Ms: number };
}

/** MTT (s) = CBV/CBF (central volume theorem). */
export const dscMttS = (t: DscTissue): number => (60 * t.cbvMlPer100ml) / t.cbfMlPer100mlMin;

/** Intravascular tissue concentration (mM per mL of tissue): F (Ca ⊗ e^(−t/MTT))(t), F = CBF/6000 (/s). */
export function dscVascularConcentration(t: DscTissue, aif: GammaAif, tS: number): number {
  return (t.cbfMlPer100mlMin / 6000) * convolveAifExp(aif, tS, 1 / dscMttS(t));
}

/** Extravasated concentration (mM per mL of tissue): Ktrans ∫ Cp(s) e^(−kep (t − s)) ds, Cp = Ca/(1 − Hct), t in min. */
export function dscLeakedConcentration(t: DscTissue, aif: GammaAif, tS: number, hematocrit: number): number {
  if (!t.leakage) return 0;
  const { ktransPerMin, ve } = t.leakage;
  return ((ktransPerMin / 60) * convolveAifExp(aif, tS, ktransPerMin / ve / 60)) / (1 - hematocrit);
}

/** Spoiled-GRE saturation (1 − E1)/(1 − cos α E1), E1 = exp(−TR R1). */
function saturation(r1PerS: number, a: DscAcquisition): number {
  const e1 = Math.exp((-a.trMs / 1000) * r1PerS), c = Math.cos((a.flipAngleDeg * Math.PI) / 180);
  return (1 - e1) / (1 - c * e1);
}

/**
 * Signal at t s: artery S0 e^(−TE r2* Ca); tissue S0 e^(−TE r2* Cv) × sat(1/T10 + r1 Ce)/sat(1/T10) with
 * Ce the extravasated concentration (1 without leakage). The T2* effect of the extravasated agent is
 * neglected (T1-dominant leakage, K2 > 0 in BSW's terms).
 */
export function dscSignal(voxel: DscTissue | 'artery', s0: number, aif: GammaAif, tS: number, a: DscAcquisition): number {
  const te = a.teMs / 1000;
  if (voxel === 'artery') return s0 * Math.exp(-te * a.r2StarPerMmS * aifAt(aif, tS));
  let s = s0 * Math.exp(-te * a.r2StarPerMmS * dscVascularConcentration(voxel, aif, tS));
  if (voxel.leakage) {
    const r10 = 1000 / voxel.leakage.t10Ms;
    s *= saturation(r10 + a.r1PerMmS * dscLeakedConcentration(voxel, aif, tS, a.hematocrit), a) / saturation(r10, a);
  }
  return s;
}
