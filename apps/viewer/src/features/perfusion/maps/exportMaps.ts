import { exportParametricMap } from '@caliper/report/parametric/exportParametricMap';
import { writeMapSeries } from '@caliper/report/parametric/writeMapSeries';
import type { MapResult } from './mapJobState';
import type { MapParameter } from './mapParameters';
import { mapValues } from './volumeMaps';

/** One file of a map export. */
export interface MapFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const methodOf = (r: MapResult) => r.methodText;
const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');

/**
 * A map as a DICOM Parametric Map object (float, RWVM unit): one file, named after the parameter
 * and the source series number. Same series number scheme as the listed map.
 */
export function parametricMapFile(r: MapResult, p: MapParameter, now = new Date()): MapFile {
  const k = r.series.findIndex((s) => s.parameter.field === p.field);
  const n = (r.source.seriesNumber ?? 0) * 100 + 80 + Math.max(0, k);
  const pm = exportParametricMap(p.dicom, mapValues(r.maps, p.field), r.source, { method: methodOf(r), seriesNumber: n, now });
  return { name: safe(`${p.dicom.label}_S${r.source.seriesNumber ?? 0}.pm.dcm`), bytes: pm.bytes };
}

/** A map as an MR series with Real World Value Mapping (one file per slice, 16-bit), as `caliper dce --out` writes it. */
export function mrSeriesFiles(r: MapResult, p: MapParameter, now = new Date()): MapFile[] {
  const k = r.series.findIndex((s) => s.parameter.field === p.field);
  const n = (r.source.seriesNumber ?? 0) + 9100 + Math.max(0, k);
  return writeMapSeries(p.dicom, mapValues(r.maps, p.field), r.source, { method: methodOf(r), seriesNumber: n, now }).files.map((f) => ({ name: f.name, bytes: f.bytes }));
}
