import { checkTargets } from './anatomic/checkTargets';
import { MRECIST_SPEC, RECIST_SPEC, VOLUMETRIC_SPEC } from './anatomic/specs';
import { bestOverallResponse } from './bestOverallResponse';
import { assessChoi } from './criteria/choi';
import type { CriterionCourse } from './criteria/course';
import { assessIrecist } from './criteria/irecist';
import { assessSumCriterion } from './criteria/assessSumCriterion';
import { assessLugano } from './pet/lugano';
import { assessPercist } from './pet/percist';
import { assessRecip } from './pet/recip';
import { at } from './parseTimeline';
import { requireFields } from './requireFields';
import type { CriteriaName, ResponseOptions, ResponseResult, Timeline } from './types';
import { DEFAULT_OPTIONS, PET_CRITERIA, TimelineError } from './types';


export const isAnatomic = (c: CriteriaName): boolean => !PET_CRITERIA.includes(c);

function course(timeline: Timeline, criteria: CriteriaName): CriterionCourse {
  switch (criteria) {
    case 'recist1.1':
      return assessSumCriterion(timeline, RECIST_SPEC);
    case 'mrecist':
      return assessSumCriterion(timeline, MRECIST_SPEC);
    case 'volumetric':
      return assessSumCriterion(timeline, VOLUMETRIC_SPEC);
    case 'choi':
      return assessChoi(timeline);
    case 'irecist':
      return assessIrecist(timeline);
    case 'percist1.0':
      return assessPercist(timeline);
    case 'lugano':
      return assessLugano(timeline);
    case 'recip1.0':
      return assessRecip(timeline);
  }
}

/** Criterion-specific validity: a baseline with lesions, the fields it needs, RECIST target rules. */
export function validateFor(timeline: Timeline, criteria: CriteriaName): void {
  const b0 = timeline.timepoints[0];
  // PERCIST and Lugano may read a whole-body burden instead of tracked lesions (Timepoint.wholeBody*).
  const wholeBody = (criteria === 'percist1.0' && typeof b0.wholeBodySulPeak === 'number') || (criteria === 'lugano' && typeof b0.wholeBodyDeauville === 'number');
  if (criteria !== 'recip1.0' && b0.lesions.length === 0 && !wholeBody) throw new TimelineError(`${at(b0.date, 0)}: the baseline has no lesions`);
  requireFields(timeline, criteria);
  if (isAnatomic(criteria)) {
    const [first] = checkTargets(b0.lesions, criteria);
    if (first) throw new TimelineError(`${at(b0.date, 0, first.lesionId)}: ${first.message}`);
  }
}

/**
 * Applies one response criterion to a parsed timeline (the first timepoint is the baseline).
 * Throws TimelineError (naming date and lesion) when the timeline lacks what the criterion needs.
 * Pure: no I/O, same input → same output.
 */
export function assessResponse(timeline: Timeline, criteria: CriteriaName, options: Partial<ResponseOptions> = {}): ResponseResult {
  const opts: ResponseOptions = { ...DEFAULT_OPTIONS, ...options };
  validateFor(timeline, criteria);
  const c = course(timeline, criteria);
  const b0 = timeline.timepoints[0];
  const baseline = { ...c.baseline };
  if (b0.tracer !== undefined) baseline.tracer = b0.tracer;
  if (b0.mediastinumSuvMax !== undefined) baseline.mediastinumSuvMax = b0.mediastinumSuvMax;
  const anatomic = isAnatomic(criteria);
  const bor = bestOverallResponse(c.timepoints, { anatomic, confirm: anatomic && opts.confirm, sdMinDays: opts.sdMinDays, irecist: criteria === 'irecist' });
  return {
    criteria,
    options: anatomic ? { confirm: opts.confirm, sdMinDays: opts.sdMinDays } : ({} as ResponseOptions),
    baseline,
    timepoints: c.timepoints,
    bestOverallResponse: bor,
    lesions: c.lesions,
  };
}
