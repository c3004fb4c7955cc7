import type { AppState } from '../../../app/store';

/** The study being read: the comparison's current side, else the active viewport's study. */
export function currentStudyOf(s: AppState): string | undefined {
  if (s.layout === 'compare' && s.comparePick.currentStudyUID) return s.comparePick.currentStudyUID;
  const uid = s.assignments[s.activeViewport]?.seriesUID;
  return uid ? s.series[uid]?.studyInstanceUID : undefined;
}
