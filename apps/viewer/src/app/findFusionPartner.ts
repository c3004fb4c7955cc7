import type { SeriesEntry } from './types';

/**
 * The series to fuse with `s`: a PT for a CT (or a CT for a PT) of the same study. Among several,
 * the one with most images (the full-length CT / whole-body PET).
 */
export function findFusionPartner(s: SeriesEntry, all: readonly SeriesEntry[]): SeriesEntry | undefined {
  const want = s.modality === 'PT' ? 'CT' : s.modality === 'CT' ? 'PT' : undefined;
  if (!want) return undefined;
  return all
    .filter((x) => x.studyInstanceUID === s.studyInstanceUID && x.modality === want && !x.notVolumeReason)
    .sort((a, b) => b.instanceCount - a.instanceCount)[0];
}
