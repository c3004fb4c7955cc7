import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Geometry } from '@caliper/core';
import type { Instance } from '@caliper/dicom';
import { readSourceAttributes } from '@caliper/report/parametric/sourceAttributes';
import type { MapSource } from '@caliper/report/parametric/mapSource';
import { writeMapSeries } from '@caliper/report/parametric/writeMapSeries';

export { niceSlope } from '@caliper/report/parametric/niceSlope';

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

/**
 * Writes each parameter map as one DICOM MR series (one file per slice, explicit VR LE) into
 * `<outDir>/<folder>/` with the shared writer (@caliper/report writeMapSeries: unsigned 16-bit,
 * unit in a Real World Value Mapping; the viewer exports the same series). Headers (patient, study,
 * frame of reference, acquisition) come from the dynamic series' first phase.
 */
export async function writeParameterMaps(maps: readonly ParameterMap[], geometry: Geometry, source: readonly Instance[], outDir: string, method: string): Promise<WrittenMap[]> {
  const now = new Date();
  const src: MapSource = {
    geometry,
    slices: source.map((inst) => readSourceAttributes((tag) => inst.dataSet.string(tag))),
    seriesInstanceUID: source[0].seriesInstanceUID,
    sopClassUID: source[0].sopClassUID,
    sopInstanceUIDs: source.map((inst) => inst.sopInstanceUID),
  };
  const written: WrittenMap[] = [];
  for (const [m, map] of maps.entries()) {
    const dir = path.join(outDir, map.folder);
    await mkdir(dir, { recursive: true });
    const param = { parameter: map.parameter, folder: map.folder, label: map.parameter.toUpperCase(), ucum: map.unit, unitMeaning: map.unitMeaning };
    const series = writeMapSeries(param, map.values, src, { method, now, seriesNumber: (source[0].seriesNumber ?? 0) + 9100 + m });
    for (const f of series.files) await writeFile(path.join(dir, f.name), f.bytes);
    written.push({ parameter: map.parameter, unit: map.unit, dir, files: series.files.length, slope: series.slope });
  }
  return written;
}
