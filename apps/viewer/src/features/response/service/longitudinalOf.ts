import type { Longitudinal, Reading, TimepointValues } from '@caliper/report';
import { appStore } from '../../../app/store';
import type { AppState } from '../../../app/store';
import { timelineOfStudy } from '../../timeline/model/selectTimelines';
import { timelineFacts } from '../../timeline/model/readingLongitudinal';
import { timelineKey } from '../../timeline/model/patientIdentity';
import { selectResponse } from '../model/selectResponse';

const VALUE_KEYS = ['liverSulMean', 'liverSulSd', 'mediastinumSuvMax', 'psmaTvMl', 'wholeBodyDeauville', 'wholeBodySulPeak', 'tracer'] as const;

/**
 * The reading's `longitudinal` block for a study (schema v3): patient, date, baseline, exclusions
 * and alignment from the timeline; the criterion, this timepoint's reference values and its
 * response (with the rules that decided it) from the response panel. Undefined when the study has
 * no dated timeline (no Patient ID or study date).
 */
export function longitudinalOf(s: AppState, studyUID: string, now: string): Longitudinal | undefined {
  const t = timelineOfStudy(s, studyUID);
  const facts = t ? timelineFacts(t, studyUID, s.compareAlignment) : undefined;
  if (!facts) return undefined;
  const view = selectResponse(s);
  const inView = view && view.patient.key === t!.key;
  const tp = inView ? view.built.timeline.timepoints.find((_, i) => view.built.timeline.timepoints[i].date === facts.studyDate) : undefined;
  const values: TimepointValues = {};
  if (tp) for (const k of VALUE_KEYS) if (tp[k] !== undefined) (values as Record<string, unknown>)[k] = tp[k];
  const assessed = inView && view.result ? view.result.timepoints.find((x) => x.date === facts.studyDate) : undefined;
  return {
    ...facts,
    criteria: s.responseCriteria,
    ...(Object.keys(values).length ? { timepointValues: values } : {}),
    responses: assessed ? [{ criteria: s.responseCriteria, response: assessed.response, reasons: assessed.reasons, assessedAt: now }] : [],
  };
}

/**
 * A restored reading's longitudinal choices come back where this browser has none of its own: the
 * baseline and exclusions of the patient's timeline, and the criterion it was read under.
 */
export function restoreLongitudinal(reading: Reading): void {
  const l = reading.longitudinal;
  if (!l) return;
  const s = appStore.getState();
  const key = timelineKey(l.patientId, l.issuer, reading.studyInstanceUID);
  if (!s.timelineBaselines[key] && s.studies[l.baselineStudyInstanceUID]) s.setTimelineBaseline(key, l.baselineStudyInstanceUID);
  for (const uid of l.excludedStudyInstanceUIDs) if (s.timelineExcluded[uid] === undefined) s.setTimelineExcluded(uid, true);
  if (s.responseCriteria !== l.criteria && s.lesions.every((x) => !x.tracking)) s.setResponseCriteria(l.criteria);
}
