import { describe, expect, it } from 'vitest';
import type { ResponseResult } from '@caliper/response';
import { buildCohort } from '../model/buildCohort';

/** A minimal assessed course: follow-up categories and % changes vs baseline, and the best overall response. */
function course(changes: [number, string, number | null][], bor: string): ResponseResult {
  return {
    criteria: 'recist1.1', options: { confirm: false, sdMinDays: 42 }, baseline: { date: '2025-01-01', sumMm: 50 },
    timepoints: changes.map(([day, response, pct]) => ({ date: `d${day}`, daysFromBaseline: day, response, changeFromBaselinePct: pct, changeFromNadirPct: null, nadirDate: null, newLesions: [], reasons: [] })),
    bestOverallResponse: { response: bor, date: null, confirmed: false, reasons: [] }, lesions: [],
  };
}

const cohort = buildCohort([
  { label: 'A', result: course([[56, 'PR', -40], [112, 'PR', -35]], 'PR') },
  { label: 'B', result: course([[56, 'SD', -10], [112, 'SD', 5]], 'SD') },
  { label: 'C', result: course([[56, 'PD', 25]], 'PD') },
  { label: 'D', result: course([[56, 'PR', -60], [112, 'CR', -100], [168, 'CR', -100]], 'CR') },
  { label: 'E', result: course([[40, 'NE', null]], 'NE') },
]);

describe('buildCohort', () => {
  it('waterfall: best % change per patient, largest increase first, no value last', () => {
    expect(cohort.waterfall.map((b) => [b.label, b.bestPct, b.borClass])).toEqual([['C', 25, 'PD'], ['B', -10, 'SD'], ['A', -40, 'PR'], ['D', -100, 'CR'], ['E', null, 'NE']]);
  });

  it('ORR = (CR + PR) / n, DCR = (CR + PR + SD) / n, NE in the denominator', () => {
    expect(cohort.orr).toEqual({ count: 2, of: 5, pct: 40 });
    expect(cohort.dcr).toEqual({ count: 3, of: 5, pct: 60 });
    expect(cohort.counts).toEqual({ PR: 1, SD: 1, PD: 1, CR: 1, NE: 1 });
  });

  it('swimmer: time on study, longest first; ongoing unless progressed', () => {
    expect(cohort.swimmer.map((r) => [r.label, r.days, r.ongoing])).toEqual([['D', 168, true], ['A', 112, true], ['B', 112, true], ['C', 56, false], ['E', 40, true]]);
    expect(cohort.swimmer[0].markers.map((m) => m.klass)).toEqual(['PR', 'CR', 'CR']);
  });

  it('PERCIST categories count in their common class (PMR as PR, SMD as SD); 1 of 3 = 33.3 %', () => {
    const c = buildCohort([
      { label: 'p', result: course([[60, 'PMR', -45]], 'PMR') },
      { label: 'q', result: course([[60, 'SMD', -5]], 'SMD') },
      { label: 'r', result: course([[60, 'PMD', 40]], 'PMD') },
    ]);
    expect(c.orr.pct).toBe(33.3);
    expect(c.dcr.pct).toBe(66.7);
    expect(buildCohort([]).orr).toEqual({ count: 0, of: 0, pct: null });
  });
});
