import type { IntensityUnit } from '@caliper/core';
import { CTP_PARAMETERS, DSC_PARAMETERS, PERFUSION_PARAMETERS, T1_MAP_PARAMETER, type PerfusionParameter } from '@caliper/report/parametric/perfusionParameters';
import type { MapOptions } from './mapOptions';

/** One map the viewer lists as a series: which field, its unit, how it is described. */
export interface MapParameter {
  /** The map's field in MapResult.maps. */
  readonly field: string;
  readonly name: string;
  /** Unit of the values (the measure engine's and the readout's). */
  readonly unit: IntensityUnit;
  /** The DICOM description (UCUM unit, PS3.16 quantity code where one exists). */
  readonly dicom: PerfusionParameter;
  /** Tooltip: what the value is and how it was computed. */
  readonly method: string;
  /**
   * Default display window in the unit (fixed, so maps of different patients and visits compare by
   * colour); absent: 0 to the 99th percentile of the map (IAUGC, residual).
   */
  readonly window?: { readonly lower: number; readonly upper: number };
}

const P = PERFUSION_PARAMETERS;
const ALL: readonly MapParameter[] = [
  { field: 'ktrans', name: 'Ktrans', unit: '/min', dicom: P.ktrans, method: 'volume transfer constant plasma → EES, per voxel', window: { lower: 0, upper: 1 } },
  { field: 'kep', name: 'kep', unit: '/min', dicom: P.kep, method: 'rate constant EES → plasma (Ktrans/ve), per voxel', window: { lower: 0, upper: 3 } },
  { field: 've', name: 've', unit: '1', dicom: P.ve, method: 'extravascular extracellular volume fraction, per voxel', window: { lower: 0, upper: 1 } },
  { field: 'vp', name: 'vp', unit: '1', dicom: P.vp, method: 'plasma volume fraction, per voxel', window: { lower: 0, upper: 0.2 } },
  { field: 'iaugc60', name: 'IAUGC60', unit: 'mM·s', dicom: P.iaugc60, method: '∫ C dt over the 60 s after the bolus arrival (model-free), per voxel' },
  { field: 'residual', name: 'residual', unit: 'mM', dicom: P.residual, method: 'RMS(model − C) of the voxel fit' },
];

/** DSC-MRI maps (relative to the reference ROI) and CT perfusion maps. */
export const DSC_MAPS: readonly MapParameter[] = [
  { field: 'rcbv', name: 'rCBV', unit: '1', dicom: DSC_PARAMETERS.rcbv, method: 'CBV relative to the reference ROI (normal-appearing white matter), Boxerman–Schmainda–Weisskoff leakage-corrected, per voxel', window: { lower: 0, upper: 5 } },
  { field: 'rcbf', name: 'rCBF', unit: '1', dicom: DSC_PARAMETERS.rcbf, method: 'CBF (oSVD deconvolution) relative to the reference ROI, per voxel', window: { lower: 0, upper: 5 } },
  { field: 'mtt', name: 'MTT', unit: 's', dicom: DSC_PARAMETERS.mtt, method: 'mean transit time CBV/CBF (central volume theorem), per voxel', window: { lower: 0, upper: 12 } },
];
export const CTP_MAPS: readonly MapParameter[] = [
  { field: 'bf', name: 'BF', unit: 'mL/100 g/min', dicom: CTP_PARAMETERS.bf, method: 'blood flow by oSVD deconvolution of ΔHU against the (venous-scaled) arterial ROI, per voxel', window: { lower: 0, upper: 120 } },
  { field: 'bv', name: 'BV', unit: 'mL/100 g', dicom: CTP_PARAMETERS.bv, method: 'blood volume: vascular term of a transit + leak fit of ΔHU against the arterial ROI (leaked contrast not counted), per voxel', window: { lower: 0, upper: 10 } },
  { field: 'mtt', name: 'MTT', unit: 's', dicom: CTP_PARAMETERS.mtt, method: 'mean transit time BV/BF, per voxel', window: { lower: 0, upper: 12 } },
  { field: 'ps', name: 'PS', unit: 'mL/100 g/min', dicom: CTP_PARAMETERS.ps, method: 'permeability–surface area product by Patlak after the arterial first pass, per voxel', window: { lower: 0, upper: 15 } },
];

/** The T1 map (T10 per voxel) of the variable-flip-angle series the DCE maps used: listed beside them. */
export const T10_MAP: MapParameter = {
  field: 't10', name: 'T1 map', unit: 'ms', dicom: T1_MAP_PARAMETER,
  method: 'pre-contrast T1 (T10) per voxel from the variable-flip-angle series (SPGR equation, as caliper dce --vfa), resampled to the dynamic grid; the DCE maps convert each voxel with it',
  window: { lower: 0, upper: 3000 },
};

/** The maps a model gives: Tofts has no vp, Patlak no kep or ve. */
export function mapParametersOf(model: MapOptions['model']): MapParameter[] {
  return ALL.filter((p) => !(model === 'tofts' && p.field === 'vp') && !(model === 'patlak' && (p.field === 'kep' || p.field === 've')));
}

/** Series Instance UID of a map: `<source>.86<n>` (n = parameter index) when it fits in 64 characters, else a 2.25 hash. */
export function mapSeriesUid(sourceUid: string, field: MapParameter['field']): string {
  // DCE 1–6, DSC 7–9, CT 10–13 (MTT of DSC and CT share 9: one kind per source series), T1 map 14.
  const n = [...ALL, ...DSC_MAPS, ...CTP_MAPS, T10_MAP].findIndex((p) => p.field === field) + 1;
  const suffixed = `${sourceUid}.86${n}`;
  if (suffixed.length <= 64) return suffixed;
  let h = 0xcbf29ce484222325n;
  for (const ch of `${sourceUid}/${field}`) h = ((h ^ BigInt(ch.charCodeAt(0))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `2.25.${(h | 1n).toString(10)}`;
}

/** Display range of a map: 0 to the 99th percentile of its fitted voxels (a few outliers do not wash out the colours). */
export function mapWindow(values: Float32Array, fitted: Uint8Array): { lower: number; upper: number } {
  const v: number[] = [];
  const step = Math.max(1, Math.floor(values.length / 200_000));
  for (let q = 0; q < values.length; q += step) if (fitted[q] && values[q] > 0) v.push(values[q]);
  if (v.length === 0) return { lower: 0, upper: 1 };
  v.sort((a, b) => a - b);
  const upper = v[Math.min(v.length - 1, Math.floor(0.99 * v.length))];
  return { lower: 0, upper: upper > 0 ? upper : 1 };
}
