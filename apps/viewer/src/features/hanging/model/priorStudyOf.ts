import type { PatientTimeline } from '../../timeline/model/types';

/**
 * The study a follow-up is compared with: the patient's latest included study dated before it
 * (timepoints are oldest first). Undefined for a first study, an excluded one, or an unknown one.
 */
export function priorStudyOf(timeline: PatientTimeline | undefined, studyUID: string): string | undefined {
  const tps = timeline?.timepoints ?? [];
  const i = tps.findIndex((t) => t.studyInstanceUID === studyUID);
  if (i <= 0 || tps[i].excluded) return undefined;
  return tps.slice(0, i).reverse().find((t) => !t.excluded)?.studyInstanceUID;
}
