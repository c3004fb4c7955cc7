import type { PerfusionRoiReply } from '../../measure/worker/createDceApi';
import type { Computed } from '../worker/measurePerfusionRoi';
import type { DceRow } from './dceRows';

const show = (c: Computed, digits: number): string => ('value' in c ? c.value.toFixed(digits) : `not computable: ${c.why}`);

/**
 * The rows of a ROI's DSC or CT perfusion result (issue 15): values with units, the method on hover;
 * a number that cannot be computed reads 'not computable: <reason>' (never a guess).
 */
export function perfusionRows(r: PerfusionRoiReply): DceRow[] {
  const base = r.bolusArrivalS === null ? `${r.baselineCount} baseline phases (given)` : `bolus arrival ${r.bolusArrivalS.toFixed(1)} s (${r.bolusArrivalMethod}); ${r.baselineCount} baseline phases`;
  const svd = 'block-circulant SVD deconvolution with an oscillation-index threshold (oSVD, Wu 2003; OI ≤ 0.095)';
  const common: DceRow[] = [{ key: 'baseline', label: 'Baseline', value: String(r.baselineCount), unit: 'phases', title: base }];
  if (r.kind === 'dsc' && r.dsc) {
    const d = r.dsc;
    const ref = r.second ? `reference ROI (${r.second.voxelCount} voxels, normal-appearing white matter)` : 'reference ROI (not drawn)';
    const area = 'CBV = ∫ΔR2*tissue / ∫ΔR2*AIF, ΔR2* = −ln(S/S0)/TE (Rosen 1990)';
    return [
      { key: 'rcbv', label: 'rCBV', value: show(d.rcbv, 2), unit: '', title: `Relative CBV, leakage-corrected (Boxerman–Schmainda–Weisskoff 2006: ΔR2* = K1 ΔR2*ref − K2 ∫ΔR2*ref), tissue / ${ref}. ${area}` },
      { key: 'rcbvUncorrected', label: 'rCBV (uncorrected)', value: show(d.rcbvUncorrected, 2), unit: '', title: `Relative CBV without the leakage correction, tissue / ${ref}. ${area}` },
      { key: 'rcbf', label: 'rCBF', value: show(d.rcbf, 2), unit: '', title: `Relative CBF: max of the residue k(t) = CBF·R(t), tissue / ${ref}; ${svd}` },
      { key: 'mtt', label: 'MTT', value: show(d.mttS, 2), unit: 's', title: `Mean transit time CBV/CBF (central volume theorem, leakage-corrected CBV); ${svd}; OI ${d.oscillationIndex.toFixed(3)} at threshold ${(100 * d.threshold).toFixed(1)} % of the largest singular value` },
      { key: 'k2', label: 'Leakage K2', value: show(d.k2PerS, 4), unit: '/s', title: `BSW leakage term against the ${ref}: > 0 T1-dominant (contrast leaks and shortens T1), < 0 T2*-dominant` },
      ...common,
    ];
  }
  const c = r.ctp!;
  const aif = `arterial ROI (${r.aif.voxelCount} voxels)${r.second ? `, scaled by the venous ROI (${r.second.voxelCount} voxels): ∫VOF/∫AIF = ${c.partialVolumeScale.toFixed(3)}` : ''}`;
  const k = 'kH = (1 − 0.45)/(1 − 0.25), tissue density 1.04 g/mL';
  return [
    { key: 'bf', label: 'BF', value: show(c.bfMlPer100gMin, 1), unit: 'mL/100 g/min', title: `Blood flow: max of the residue k(t) of ΔHU = HU − baseline against the ${aif}; ${svd}; × ${k}` },
    { key: 'bv', label: 'BV', value: show(c.bvMlPer100g, 2), unit: 'mL/100 g', title: `Blood volume: the vascular term of ΔHU = (BV/τ)·(artery ⊗ e^(−t/τ)) + K·∫artery (transit + leak fit; the leaked contrast is not counted; the area ratio ∫ΔHU tissue / ∫ΔHU artery with it: ${c.bvAreaRatioMlPer100g.toFixed(2)} mL/100 g) × ${k}; ${aif}` },
    { key: 'mtt', label: 'MTT', value: show(c.mttS, 2), unit: 's', title: 'Mean transit time BV/BF (central volume theorem)' },
    { key: 'ps', label: 'PS', value: show(c.psMlPer100gMin, 2), unit: 'mL/100 g/min', title: `Permeability–surface area product: Patlak (C(t) = K ∫AIF + V AIF(t)) over the phases after the arterial first pass (AIF below half its peak); × ${k}` },
    { key: 'pvs', label: 'Venous scaling', value: c.partialVolumeScale.toFixed(3), unit: '', title: 'Partial-volume scaling of the arterial curve: ∫VOF/∫AIF when the venous output ROI is drawn and larger, else 1' },
    ...common,
  ];
}
