import type { SeriesEntry } from '../../../app/types';
import { getAlignment } from '../align/getAlignment';
import { alignmentKey, type AlignmentRecord } from '../model/alignmentRecord';
import type { SeriesGeometry } from '../align/types';

/**
 * The alignment of a shown pair: the one already in use when it maps the same two frames of the
 * same studies; else the reader's saved one for them (a landmark correction or a registration);
 * else a fresh `getAlignment`.
 */
export async function alignmentFor(
  prior: SeriesEntry,
  current: SeriesEntry,
  geometry: { prior: SeriesGeometry; current: SeriesGeometry },
  inUse: AlignmentRecord | null,
  saved: (key: string) => AlignmentRecord | undefined,
): Promise<AlignmentRecord> {
  const frames = {
    priorStudyUID: prior.studyInstanceUID,
    currentStudyUID: current.studyInstanceUID,
    ...(geometry.prior.frameOfReferenceUID ? { priorFrameOfReferenceUID: geometry.prior.frameOfReferenceUID } : {}),
    ...(geometry.current.frameOfReferenceUID ? { currentFrameOfReferenceUID: geometry.current.frameOfReferenceUID } : {}),
  };
  const series = { priorSeriesUID: prior.seriesInstanceUID, currentSeriesUID: current.seriesInstanceUID };
  const framesKnown = !!(frames.priorFrameOfReferenceUID && frames.currentFrameOfReferenceUID);
  const key = alignmentKey(frames);
  if (framesKnown && inUse && alignmentKey(inUse) === key) return { ...inUse, ...series };
  const kept = framesKnown ? saved(key) : undefined;
  if (kept && (kept.method === 'landmark' || kept.method === 'registration')) return { ...kept, ...series };
  const a = await getAlignment(geometry.prior, geometry.current);
  return { ...frames, ...series, transform: a.transform, method: a.method, ...(a.warning ? { warning: a.warning } : {}), updatedAt: new Date().toISOString() };
}
