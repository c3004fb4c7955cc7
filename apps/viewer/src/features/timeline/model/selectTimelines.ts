import type { AppState } from '../../../app/store';
import { buildTimelines } from './buildTimelines';
import type { PatientTimeline } from './types';

type Inputs = Pick<AppState, 'studies' | 'series' | 'timelineBaselines' | 'timelineExcluded'>;
let memo: { inputs: Inputs; value: PatientTimeline[] } | undefined;

/** The timelines of every loaded patient (memoised on the store fields they depend on). */
export function selectTimelines(s: Inputs): PatientTimeline[] {
  if (memo && memo.inputs.studies === s.studies && memo.inputs.series === s.series && memo.inputs.timelineBaselines === s.timelineBaselines && memo.inputs.timelineExcluded === s.timelineExcluded) {
    return memo.value;
  }
  const value = buildTimelines(Object.values(s.studies), {
    series: Object.values(s.series),
    choices: { baselines: s.timelineBaselines, excluded: s.timelineExcluded },
  });
  memo = { inputs: { studies: s.studies, series: s.series, timelineBaselines: s.timelineBaselines, timelineExcluded: s.timelineExcluded }, value };
  return value;
}

export const timelineOfStudy = (s: Inputs, studyUID: string): PatientTimeline | undefined =>
  selectTimelines(s).find((t) => t.timepoints.some((p) => p.studyInstanceUID === studyUID));
