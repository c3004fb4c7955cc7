import type { PatientTimeline } from './types';

export interface StudyPair {
  readonly priorStudyUID?: string;
  readonly currentStudyUID?: string;
}

/**
 * Prior and current of a timeline: the reader's picks when they belong to it and are not excluded;
 * else current = the latest included study and prior = the included study just before it.
 */
export function defaultPair(t: PatientTimeline, pick: StudyPair): StudyPair {
  const usable = t.timepoints.filter((p) => !p.excluded).map((p) => p.studyInstanceUID);
  const current = pick.currentStudyUID && usable.includes(pick.currentStudyUID) ? pick.currentStudyUID : usable[usable.length - 1];
  const before = usable.slice(0, Math.max(0, usable.indexOf(current ?? '')));
  const prior =
    pick.priorStudyUID && usable.includes(pick.priorStudyUID) && pick.priorStudyUID !== current ? pick.priorStudyUID : before[before.length - 1];
  return { ...(prior ? { priorStudyUID: prior } : {}), ...(current ? { currentStudyUID: current } : {}) };
}
