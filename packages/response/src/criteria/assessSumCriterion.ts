import type { SumSpec, SumTimepoint } from '../anatomic/evaluateSums';
import { evaluateSums } from '../anatomic/evaluateSums';
import { overallResponse } from '../anatomic/components';
import type { Timeline, TimepointOut } from '../types';
import { baselineOut, sumRow, sumLesionTable } from './outputRows';
import type { CriterionCourse } from './course';

/** Reasons behind an overall response: the rules of the components that decided it. */
export function overallReasons(row: SumTimepoint, response: string): string[] {
  const reasons: string[] = [];
  const newText = row.newLesions.map((id) => `new lesion ${id}`);
  if (response === 'PD') {
    if (row.target === 'PD') reasons.push(...row.targetReasons);
    if (row.nonTarget === 'PD') reasons.push(...row.nonTargetReasons);
    reasons.push(...newText);
    return reasons;
  }
  if (row.target !== 'NA') reasons.push(...row.targetReasons);
  if (row.nonTarget === 'NE' || row.nonTarget === 'CR' || row.target === 'NA') reasons.push(...row.nonTargetReasons);
  if (response === 'PR' && row.target === 'CR') reasons.push(`targets CR, non-targets ${row.nonTarget}`);
  return reasons;
}

/**
 * RECIST 1.1 family (RECIST 1.1, mRECIST, Choi, volumetric): target sum component + non-target
 * + new lesions → Table 1 overall response.
 */
export function assessSumCriterion(timeline: Timeline, spec: SumSpec, extra?: (row: SumTimepoint) => Record<string, unknown>): CriterionCourse {
  const course = evaluateSums(timeline, spec);
  const timepoints: TimepointOut[] = course.followUps.map((row) => {
    const response = overallResponse(row.target, row.nonTarget, row.newLesions);
    return { ...sumRow(spec, row, response, overallReasons(row, response)), ...extra?.(row) };
  });
  return {
    baseline: { ...baselineOut(spec, course), ...extra?.(course.baseline) },
    timepoints,
    lesions: sumLesionTable(timeline, spec),
  };
}
