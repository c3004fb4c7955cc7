import type { StoredMeasurement } from '@caliper/report';
import type { SeriesInfo } from './seriesInfo';

/**
 * The DICOM identity a saved reading uses for a series: itself, or for a series Caliper derived
 * (an ADC map) the source series it was computed from, slice k ↔ source image k. The grid and the
 * frame of reference are shared, so geometry saved against either is the same.
 */
export function dicomIdentity(info: SeriesInfo): SeriesInfo {
  if (!info.derivedFrom) return info;
  const { derivedFrom: _d, ...rest } = info;
  return { ...rest, seriesInstanceUID: info.derivedFrom.seriesInstanceUID };
}

const DIFFUSIVITY = new Set<string>(['10^-3 mm2/s', '10^-6 mm2/s']);

/**
 * Values measured on a derived series say so: their method names how the map was computed
 * (appended to an existing method, e.g. "10th percentile; ADC map (Caliper, …) of the referenced
 * DWI series"). Only the map's own quantity (diffusivity) is derived; sizes are not.
 */
export function withDerivation(measurements: readonly StoredMeasurement[], info: SeriesInfo | undefined): StoredMeasurement[] {
  const d = info?.derivedFrom;
  if (!d) return [...measurements];
  return measurements.map((m) => (DIFFUSIVITY.has(m.unit) ? { ...m, method: m.method ? `${m.method}; ${d.method}` : d.method } : m));
}
