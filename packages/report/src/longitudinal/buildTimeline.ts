import type { CriteriaName, Timepoint } from '@caliper/response';
import { checkOnePatient } from './checkOnePatient';
import { referenceValuesOf } from './referenceValues';
import { selectTimepoints } from './selectTimepoints';
import type { TimelineResult, TimepointSource } from './timepointSource';
import { toTimelineLesion } from './toTimelineLesion';
import { trackLesions } from './trackLesions';
import { burdenTimepointValues } from '../burden/burdenTimepointValues';

/**
 * One patient's readings as the timeline `caliper response` reads (@caliper/response Timeline):
 * one timepoint per study in date order from the baseline, lesions joined by tracking identity,
 * values from the stored measurements, the study's reference values (liver SUL, mediastinum,
 * PSMA-TV, tracer: as recorded, else from its whole-body burden and its reference ROIs, which are
 * no lesions). Errors name
 * the reading or file at fault.
 */
export function buildTimeline(sources: readonly TimepointSource[], criteria?: CriteriaName): TimelineResult {
  if (sources.length === 0) return { ok: false, error: 'no readings: a timeline needs at least its baseline' };
  const mixed = checkOnePatient(sources);
  if (mixed !== undefined) return { ok: false, error: mixed };
  const selected = selectTimepoints(sources, criteria);
  if (!selected.ok) return selected;
  const studies = selected.value.map((s) => ({ ...s, lesions: s.lesions.filter((l) => l.referenceRegion === undefined) }));
  const ids = trackLesions(studies);
  if (!ids.ok) return ids;
  const timepoints: Timepoint[] = studies.map((s, t) => ({
    date: s.studyDate,
    ...referenceValuesOf(selected.value[t].lesions),
    // The whole-body burden's PSMA-TV / Deauville / SULpeak; values recorded with the reading take precedence.
    ...(s.burden !== undefined ? burdenTimepointValues(s.burden) : {}),
    ...s.timepointValues,
    lesions: s.lesions.map((l, j) => toTimelineLesion(ids.value[t][j], l)),
  }));
  return { ok: true, timeline: { timepoints } };
}
