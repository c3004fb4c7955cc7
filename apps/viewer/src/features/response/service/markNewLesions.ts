import { appStore } from '../../../app/store';
import type { AppState } from '../../../app/store';
import type { Lesion } from '../../measure/model/lesion';
import { courseStudies } from '../model/selectResponse';
import { trackingOf } from '../model/trackingOf';
import { timelineOfStudy } from '../../timeline/model/selectTimelines';

/**
 * Lesions first drawn on a follow-up (a study after the baseline of a patient whose baseline has
 * lesions) are new lesions: their tracking says so explicitly, so that the saved reading and its SR
 * carry the role the criteria used (RECIST 1.1: a new lesion is a new lesion, never a late target).
 */
export function newLesionPatches(s: AppState): Map<string, Lesion> {
  const out = new Map<string, Lesion>();
  const baselineHasLesions = new Map<string, boolean>();
  for (const l of s.lesions) {
    if (l.tracking || l.referenceRegion) continue;
    const study = s.series[l.seriesUIDs[0]]?.studyInstanceUID;
    const t = study ? timelineOfStudy(s, study) : undefined;
    if (!study || !t) continue;
    const studies = courseStudies(t).map((x) => x.studyInstanceUID);
    const at = studies.indexOf(study);
    if (at <= 0) continue;
    if (!baselineHasLesions.has(t.key)) baselineHasLesions.set(t.key, s.lesions.some((x) => !x.referenceRegion && s.series[x.seriesUIDs[0]]?.studyInstanceUID === studies[0]));
    if (!baselineHasLesions.get(t.key)) continue;
    out.set(l.id, { ...l, tracking: { ...trackingOf(l), role: 'new' } });
  }
  return out;
}

/** Keeps new-lesion tracking explicit as lesions are added (a default, not an undo step). */
export function startMarkingNewLesions(): () => void {
  return appStore.subscribe((s, prev) => {
    if (s.lesions === prev.lesions) return;
    const patches = newLesionPatches(s);
    if (patches.size) appStore.setState({ lesions: s.lesions.map((l) => patches.get(l.id) ?? l) });
  });
}
