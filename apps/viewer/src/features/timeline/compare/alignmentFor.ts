import type { SeriesEntry } from '../../../app/types';
import { getAlignment } from '../align/getAlignment';
import { initialAlignment } from '../align/initialAlignment';
import { alignmentKey, type AlignmentRecord } from '../model/alignmentRecord';
import type { SeriesGeometry } from '../align/types';

type Geometry = { prior: SeriesGeometry; current: SeriesGeometry };
type Saved = (key: string) => AlignmentRecord | undefined;

function identity(prior: SeriesEntry, current: SeriesEntry, geometry: Geometry) {
  const frames = {
    priorStudyUID: prior.studyInstanceUID,
    currentStudyUID: current.studyInstanceUID,
    ...(geometry.prior.frameOfReferenceUID ? { priorFrameOfReferenceUID: geometry.prior.frameOfReferenceUID } : {}),
    ...(geometry.current.frameOfReferenceUID ? { currentFrameOfReferenceUID: geometry.current.frameOfReferenceUID } : {}),
  };
  return { frames, series: { priorSeriesUID: prior.seriesInstanceUID, currentSeriesUID: current.seriesInstanceUID }, framesKnown: !!(frames.priorFrameOfReferenceUID && frames.currentFrameOfReferenceUID) };
}

/**
 * The alignment a pair can use at once, without registration: the one in use when it maps the same
 * two frames of the same studies; else the reader's saved one (landmark or registration); else the
 * initial alignment (identity in one frame, series centres across frames). `final` is false when
 * registration could still do better (series centres).
 */
export function quickAlignment(prior: SeriesEntry, current: SeriesEntry, geometry: Geometry, inUse: AlignmentRecord | null, saved: Saved): { record: AlignmentRecord; final: boolean } {
  const { frames, series, framesKnown } = identity(prior, current, geometry);
  const key = alignmentKey(frames);
  if (framesKnown && inUse && alignmentKey(inUse) === key) return { record: { ...inUse, ...series }, final: inUse.method !== 'series-centre' };
  const kept = framesKnown ? saved(key) : undefined;
  if (kept && (kept.method === 'landmark' || kept.method === 'registration')) return { record: { ...kept, ...series }, final: true };
  const a = initialAlignment(geometry.prior, geometry.current);
  return { record: { ...frames, ...series, transform: a.transform, method: a.method, updatedAt: new Date().toISOString() }, final: a.method === 'same-frame' };
}

/**
 * The best alignment of a shown pair: `quickAlignment` when final, else `getAlignment` (the
 * registration provider, falling back to the series' centres with the reason).
 */
export async function alignmentFor(prior: SeriesEntry, current: SeriesEntry, geometry: Geometry, inUse: AlignmentRecord | null, saved: Saved): Promise<AlignmentRecord> {
  const q = quickAlignment(prior, current, geometry, inUse, saved);
  if (q.final) return q.record;
  const { frames, series } = identity(prior, current, geometry);
  const a = await getAlignment(geometry.prior, geometry.current);
  return { ...frames, ...series, transform: a.transform, method: a.method, ...(a.warning ? { warning: a.warning } : {}), updatedAt: new Date().toISOString() };
}
