import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Geometry } from '@caliper/core';
import type { Instance } from '@caliper/dicom';
import { part10, uid } from '../adc/writeAdcSeries';
import { mapSliceDataset } from './mapSliceDataset';

/** One parameter map to write: values on the dynamic grid (flat, i fastest). */
export interface ParameterMap {
  /** Name in the JSON ('Ktrans', 'kep', 've', 'vp', 'residual'). */
  readonly parameter: string;
  /** Subfolder ('ktrans', …). */
  readonly folder: string;
  /** UCUM unit ('/min', '1', 'mmol/L'). */
  readonly unit: string;
  readonly unitMeaning: string;
  readonly values: Float32Array;
}

export interface WrittenMap {
  readonly parameter: string;
  readonly unit: string;
  readonly dir: string;
  readonly files: number;
  /** Real-world value per stored unit. */
  readonly slope: number;
}

/** Smallest 1, 2 or 5 × 10^k ≥ x: a readable slope that keeps the largest value ≤ 65535. */
export function niceSlope(max: number): number {
  const x = max > 0 ? max / 65535 : 1e-6;
  const e = Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * 10 ** e >= x * (1 - 1e-12)) return Number((m * 10 ** e).toPrecision(1));
  return 10 ** (e + 1);
}

/**
 * Writes each parameter map as one DICOM MR series (one file per slice, explicit VR LE) into
 * `<outDir>/<folder>/`: unsigned 16-bit stored values = round(value / slope), slope from niceSlope
 * (values below 0 are stored as 0), the unit in a Real World Value Mapping. Headers (patient, study,
 * frame of reference, acquisition) come from the dynamic series' first phase.
 */
export async function writeParameterMaps(maps: readonly ParameterMap[], geometry: Geometry, source: readonly Instance[], outDir: string, method: string): Promise<WrittenMap[]> {
  const now = new Date();
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const date = `${now.getUTCFullYear()}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}`;
  const time = `${p(now.getUTCHours())}${p(now.getUTCMinutes())}${p(now.getUTCSeconds())}`;
  const [ni, nj, nk] = geometry.dimensions;
  const plane = ni * nj;
  const written: WrittenMap[] = [];
  for (const [m, map] of maps.entries()) {
    const dir = path.join(outDir, map.folder);
    await mkdir(dir, { recursive: true });
    let max = 0;
    for (let v = 0; v < map.values.length; v++) if (map.values[v] > max) max = map.values[v];
    const slope = niceSlope(max);
    const ids = {
      seriesInstanceUID: uid(),
      seriesNumber: (source[0].seriesNumber ?? 0) + 9100 + m,
      description: `${map.parameter} ${map.unit} (Caliper ${method})`,
      derivation: `${map.parameter} (${map.unit}) by ${method}; real-world value = ${slope} × stored value`,
      date,
      time,
      parameter: map.parameter.toUpperCase(),
      ucum: map.unit,
      unitMeaning: map.unitMeaning,
      slope,
    };
    for (let k = 0; k < nk; k++) {
      const pixels = new Uint16Array(plane);
      for (let q = 0; q < plane; q++) {
        const v = map.values[k * plane + q] / slope;
        pixels[q] = v > 0 ? Math.min(65535, Math.round(v)) : 0;
      }
      const file = path.join(dir, `${map.folder.toUpperCase()}_${p(k + 1, 4)}.dcm`);
      await writeFile(file, part10(mapSliceDataset(source[Math.min(k, source.length - 1)], geometry, k, pixels, ids, uid())));
    }
    written.push({ parameter: map.parameter, unit: map.unit, dir, files: nk, slope });
  }
  return written;
}
