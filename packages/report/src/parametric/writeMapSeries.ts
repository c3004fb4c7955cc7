import type { NaturalDataset } from 'dcmjs';
import { writePart10 } from '../dicom/part10';
import { newUid } from '../dicom/uid';
import { mapModalityOf, mapSliceDataset } from './mapSliceDataset';
import { sliceAttributes, type MapProvenance, type MapSource } from './mapSource';
import { niceSlope } from './niceSlope';
import type { PerfusionParameter } from './perfusionParameters';

/** One written map series (MR or CT images, as its source): a Part 10 file per slice. */
export interface MapSeries {
  readonly parameter: string;
  readonly unit: string;
  readonly seriesInstanceUID: string;
  /** Real-world value per stored unit. */
  readonly slope: number;
  /** Voxels above 65535 × slope, stored as 65535 (outliers beyond the 99.9th percentile's range). */
  readonly clipped: number;
  /** `<LABEL>_0001.dcm`, … in slice order. */
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A parameter map (flat, i fastest, on the source grid) as one DICOM series of the source's IOD
 * (CT Image for a CT perfusion source, MR Image otherwise): unsigned 16-bit
 * stored values = round(value / slope), slope from niceSlope of the map's maximum (values below 0
 * stored as 0, above 65535 × slope clipped), the unit and quantity in a Real World Value Mapping item. Headers
 * (patient, study, frame of reference, acquisition) from the source slices. Pure: the caller writes
 * the files (`caliper dce --out`) or downloads / stores them (the viewer).
 */
export function writeMapSeries(param: PerfusionParameter, values: Float32Array, source: MapSource, provenance: MapProvenance & { readonly seriesNumber: number }): MapSeries {
  const now = provenance.now ?? new Date();
  const date = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}`;
  const time = `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  const [ni, nj, nk] = source.geometry.dimensions;
  const plane = ni * nj;
  if (values.length !== plane * nk) throw new Error(`${param.parameter} map: ${values.length} values for a ${ni}×${nj}×${nk} grid`);
  // The slope comes from the 99.9th percentile of the positive values, not the maximum: one bounded
  // noise voxel (kep up to 5000 /min at the fit's bounds) must not coarsen the tumour's values.
  const slope = niceSlope(upperPercentile(values, 0.999));
  let clipped = 0;
  for (let v = 0; v < values.length; v++) if (values[v] / slope > 65535) clipped++;
  const ids = {
    seriesInstanceUID: provenance.seriesInstanceUID ?? newUid(),
    seriesNumber: provenance.seriesNumber,
    description: `${param.parameter} ${param.ucum} (Caliper ${provenance.method})`,
    derivation: `${param.parameter} (${param.ucum}) by ${provenance.method}; real-world value = ${slope} × stored value${clipped ? `; ${clipped} voxels above ${65535 * slope} stored as 65535` : ''}`,
    date,
    time,
    parameter: param.label,
    ucum: param.ucum,
    unitMeaning: param.unitMeaning,
    slope,
    ...(param.quantity ? { quantity: param.quantity } : {}),
    modality: mapModalityOf(source.sopClassUID),
  };
  const files = [];
  for (let k = 0; k < nk; k++) {
    const pixels = new Uint16Array(plane);
    for (let q = 0; q < plane; q++) {
      const v = values[k * plane + q] / slope;
      pixels[q] = v > 0 ? Math.min(65535, Math.round(v)) : 0;
    }
    const ds: NaturalDataset = mapSliceDataset(sliceAttributes(source, k), source.geometry, k, pixels, ids, newUid());
    files.push({ name: `${param.label}_${pad(k + 1, 4)}.dcm`, bytes: writePart10(ds) });
  }
  return { parameter: param.parameter, unit: param.ucum, seriesInstanceUID: ids.seriesInstanceUID, slope, clipped, files };
}

/** Nearest-rank percentile `p` of the positive finite values (0 when there are none). */
export function upperPercentile(values: Float32Array, p: number): number {
  let n = 0;
  for (let v = 0; v < values.length; v++) if (values[v] > 0 && Number.isFinite(values[v])) n++;
  if (n === 0) return 0;
  const positive = new Float32Array(n);
  for (let v = 0, q = 0; v < values.length; v++) if (values[v] > 0 && Number.isFinite(values[v])) positive[q++] = values[v];
  positive.sort();
  return positive[Math.min(n - 1, Math.ceil(p * n) - 1)];
}
