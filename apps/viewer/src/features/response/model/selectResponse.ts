import type { ResponseResult } from '@caliper/response';
import { TimelineError, assessResponse, checkTargets, isAnatomic } from '@caliper/response';
import type { AppState } from '../../../app/store';
import { selectTimelines } from '../../timeline/model/selectTimelines';
import type { PatientTimeline } from '../../timeline/model/types';
import type { ResponseTimeline, TimepointStudy } from './buildResponseTimeline';
import { buildResponseTimeline } from './buildResponseTimeline';
import { burdenSummaryOfStudy } from '../service/burdenOfStudy';

export interface ResponseView {
  readonly patient: PatientTimeline;
  readonly studies: readonly TimepointStudy[];
  readonly built: ResponseTimeline;
  /** The assessment, or why it cannot be made (the criterion's error naming date and lesion). */
  readonly result: ResponseResult | null;
  readonly error: string | null;
  /** RECIST target-selection problems at baseline (anatomic criteria), all of them. */
  readonly targetProblems: readonly string[];
}

/** DICOM DA → YYYY-MM-DD. */
const isoDate = (da: string): string => {
  const d = da.replace(/[^0-9]/g, '');
  return d.length === 8 ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : '';
};

/** The patient whose course is read: the one of the active viewport's study, else the first with lesions. */
export function activePatient(s: AppState): PatientTimeline | undefined {
  const timelines = selectTimelines(s);
  const seriesUID = s.assignments[s.activeViewport]?.seriesUID;
  const study = seriesUID ? s.series[seriesUID]?.studyInstanceUID : undefined;
  const byView = study ? timelines.find((t) => t.timepoints.some((p) => p.studyInstanceUID === study)) : undefined;
  if (byView) return byView;
  const lesionStudies = new Set(s.lesions.map((l) => s.series[l.seriesUIDs[0]]?.studyInstanceUID));
  return timelines.find((t) => t.timepoints.some((p) => lesionStudies.has(p.studyInstanceUID))) ?? timelines[0];
}

/** Studies of the course: from the baseline on, excluded ones left out, dated (YYYY-MM-DD). */
export function courseStudies(patient: PatientTimeline): TimepointStudy[] {
  return patient.timepoints
    .filter((t) => !t.excluded && t.dayFromBaseline !== null && t.dayFromBaseline >= 0 && isoDate(t.studyDate))
    .map((t) => ({ studyInstanceUID: t.studyInstanceUID, date: isoDate(t.studyDate) }));
}

let memo: { key: unknown[]; value: ResponseView | null } | undefined;

/** The Response panel's view of the store (memoised on what it reads). */
export function selectResponse(s: AppState): ResponseView | null {
  const key = [s.lesions, s.results, s.studies, s.series, s.suv, s.timelineBaselines, s.timelineExcluded, s.assignments, s.activeViewport, s.responseCriteria, s.responseOptions, s.responseBurdenTick];
  if (memo && memo.key.every((k, i) => k === key[i])) return memo.value;
  const value = compute(s);
  memo = { key, value };
  return value;
}

function compute(s: AppState): ResponseView | null {
  const patient = activePatient(s);
  if (!patient) return null;
  const studies = courseStudies(patient);
  const built = buildResponseTimeline({
    timepoints: studies,
    lesions: s.lesions,
    results: s.results,
    studyOfSeries: (uid) => s.series[uid]?.studyInstanceUID,
    series: (uid) => {
      const e = s.series[uid];
      return e ? { modality: e.modality, ...(s.suv[uid]?.sulPerSuvbw ? { sulPerSuvbw: s.suv[uid].sulPerSuvbw } : {}) } : undefined;
    },
    burden: burdenSummaryOfStudy,
  });
  const criteria = s.responseCriteria;
  const targetProblems = isAnatomic(criteria) && built.timeline.timepoints.length
    ? checkTargets(built.timeline.timepoints[0].lesions, criteria).map((p) => p.message)
    : [];
  const wholeBody = built.timeline.timepoints.some((t) => t.psmaTvMl !== undefined || t.wholeBodyDeauville !== undefined || t.wholeBodySulPeak !== undefined);
  if (!built.timeline.timepoints.length || (!built.rows.length && !wholeBody)) return { patient, studies, built, result: null, error: null, targetProblems };
  try {
    const result = assessResponse(built.timeline, criteria, isAnatomic(criteria) ? s.responseOptions : {});
    return { patient, studies, built, result, error: null, targetProblems };
  } catch (e) {
    if (e instanceof TimelineError) return { patient, studies, built, result: null, error: e.message, targetProblems };
    throw e;
  }
}
