import type { IntensityUnit } from '@caliper/core';
import { PERFUSION_PARAMETERS, type PerfusionParameter } from '@caliper/report/parametric/perfusionParameters';
import type { MapOptions } from './mapOptions';
import type { VolumeMaps } from './volumeMaps';

/** One map the viewer lists as a series: which field, its unit, how it is described. */
export interface MapParameter {
  readonly field: Exclude<keyof VolumeMaps, 'fitted'>;
  readonly name: string;
  /** Unit of the values (the measure engine's and the readout's). */
  readonly unit: IntensityUnit;
  /** The DICOM description (UCUM unit, CID 4107 code). */
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

/** The maps a model gives: Tofts has no vp, Patlak no kep or ve. */
export function mapParametersOf(model: MapOptions['model']): MapParameter[] {
  return ALL.filter((p) => !(model === 'tofts' && p.field === 'vp') && !(model === 'patlak' && (p.field === 'kep' || p.field === 've')));
}

/** Series Instance UID of a map: `<source>.86<n>` (n = parameter index) when it fits in 64 characters, else a 2.25 hash. */
export function mapSeriesUid(sourceUid: string, field: MapParameter['field']): string {
  const n = ALL.findIndex((p) => p.field === field) + 1;
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
