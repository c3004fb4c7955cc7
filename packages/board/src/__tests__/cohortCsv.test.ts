import { describe, expect, it } from 'vitest';
import type { ResponseResult } from '@caliper/response';
import { buildCohort } from '../model/buildCohort';
import { cohortCsv } from '../model/cohortCsv';

const course = (changes: [number, string, number | null][], bor: string): ResponseResult => ({
  criteria: 'recist1.1', options: { confirm: false, sdMinDays: 42 }, baseline: { date: '2025-01-01', sumMm: 50 },
  timepoints: changes.map(([day, response, pct]) => ({ date: `d${day}`, daysFromBaseline: day, response, changeFromBaselinePct: pct, changeFromNadirPct: null, nadirDate: null, newLesions: [], reasons: [] })),
  bestOverallResponse: { response: bor, date: null, confirmed: false, reasons: [] }, lesions: [],
});

describe('cohortCsv', () => {
  it('one row per patient in waterfall order, labels quoted when needed', () => {
    const cohort = buildCohort([
      { label: 'Arm A, 1', result: course([[56, 'PR', -40], [112, 'PR', -35]], 'PR') },
      { label: 'Arm A, 2', result: course([[56, 'PD', 25]], 'PD') },
    ]);
    expect(cohortCsv(cohort, { criteria: 'recist1.1' }).split('\r\n')).toEqual([
      'case,criteria,best overall response,class,best % change from baseline,days on study,ongoing,assessments',
      '"Arm A, 2",recist1.1,PD,PD,25,56,no,day 56 PD',
      '"Arm A, 1",recist1.1,PR,PR,-40,112,yes,day 56 PR; day 112 PR',
      '',
    ]);
  });
});
