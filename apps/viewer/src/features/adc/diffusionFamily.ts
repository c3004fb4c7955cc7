import type { SeriesEntry } from '../../app/types';

const suffix = (uid: string) => Number(uid.split('#')[1] ?? 1);

/**
 * Local files and DICOMweb split a series that repeats its slice positions (a DWI holding every
 * b-value) into stacks '<UID>', '<UID>#2', '<UID>#3', … (@caliper/dicom groupSeries). This reunites
 * such a family into one entry with all its images (in stack order) under the original UID, so the
 * ADC map is fitted over every b-value. A series that was not split is returned as is.
 */
export function diffusionFamily(series: SeriesEntry, all: readonly SeriesEntry[]): SeriesEntry {
  const base = series.seriesInstanceUID.split('#')[0];
  const members = all
    .filter((s) => s.studyInstanceUID === series.studyInstanceUID && s.modality === series.modality && (s.seriesInstanceUID === base || s.seriesInstanceUID.startsWith(`${base}#`)))
    .sort((a, b) => suffix(a.seriesInstanceUID) - suffix(b.seriesInstanceUID));
  if (members.length <= 1) return series;
  const { notVolumeReason: _split, ...first } = members[0];
  return {
    ...first,
    seriesInstanceUID: base,
    imageIds: members.flatMap((m) => m.imageIds),
    instanceCount: members.reduce((n, m) => n + m.instanceCount, 0),
  };
}
