import { describe, expect, it } from 'vitest';
import type { ResponseResult } from '@caliper/response';
import { assessResponse } from '@caliper/response';
import { buildCaseSummary } from '../model/buildCaseSummary';
import { rowsFromTimeline } from '../model/rowsFromTimeline';
import { TWO_TARGETS } from './fixtures';

const result = assessResponse(TWO_TARGETS, 'recist1.1', {});
const summary = buildCaseSummary(result, { label: ' Case 3, lung ', rows: rowsFromTimeline(TWO_TARGETS) });

describe('buildCaseSummary', () => {
  it('timeline: baseline then each category with its deciding rule', () => {
    expect(summary.label).toBe('Case 3, lung');
    expect(summary.timeline.map((t) => [t.date, t.daysFromBaseline, t.response, t.value, t.changeFromBaselinePct, t.changeFromNadirPct])).toEqual([
      ['2025-01-06', 0, 'BL', 50, null, null],
      ['2025-03-03', 56, 'PR', 35, -30, -30],
      ['2025-04-28', 112, 'PD', 42, -16, 20],
    ]);
    expect(summary.timeline[2].reasons.join(' ')).toMatch(/20\.0 %/);
  });

  it('spider: per-lesion and sum % change from baseline (0.1 %, half away from zero)', () => {
    const of = (s: string) => summary.spider.filter((p) => p.series === s).map((p) => [p.day, p.pct]);
    expect(of('T1')).toEqual([[0, 0], [56, -33.3], [112, -20]]);
    expect(of('T2')).toEqual([[0, 0], [56, -25], [112, -10]]);
    expect(of('Sum')).toEqual([[0, 0], [56, -30], [112, -16]]);
  });

  it('waterfall: best % change per lesion, largest increase first, banded by the criterion lines', () => {
    expect(summary.waterfall.map((b) => [b.id, b.bestPct, b.bestDate, b.band])).toEqual([
      ['T2', -25, '2025-03-03', 'within'],
      ['T1', -33.3, '2025-03-03', 'decrease'],
    ]);
  });

  it('sum over time with the nadir marked (the smallest sum)', () => {
    expect(summary.sum.map((p) => [p.value, p.nadir])).toEqual([[50, false], [35, true], [42, false]]);
  });

  it('biomarker trends carry their units; table rows per lesion and date', () => {
    const vol = summary.biomarkers.filter((b) => b.biomarker === 'volumeMl' && b.lesion === 'T1');
    expect(vol.map((b) => [b.day, b.value, b.unit])).toEqual([[0, 9.5, 'mL'], [56, 4, 'mL'], [112, 6.25, 'mL']]);
    expect(summary.biomarkers.filter((b) => b.biomarker === 'adcMean').map((b) => [b.lesion, b.value, b.unit])).toEqual([['T1', 1.1, '10^-3 mm2/s']]);
    expect(summary.table.filter((r) => r.id === 'T1').map((r) => [r.date, r.value, r.pct])).toEqual([['2025-01-06', 30, 0], ['2025-03-03', 20, -33.3], ['2025-04-28', 24, -20]]);
  });

  it('a target without a measured baseline value is shown in the table but left out of the plots, with the reason', () => {
    const r: ResponseResult = {
      ...result,
      lesions: [...result.lesions, { id: 'T9', role: 'target', nodal: false, measurements: [{ date: '2025-01-06', status: 'not-evaluable', value: null }, { date: '2025-03-03', status: 'measured', value: 12 }] }],
    };
    const s = buildCaseSummary(r);
    expect(s.label).toBe('Case');
    expect(s.excluded).toEqual([{ id: 'T9', reason: 'no measured baseline value (not-evaluable)' }]);
    expect(s.spider.some((p) => p.series === 'T9')).toBe(false);
    expect(s.table.filter((t) => t.id === 'T9').map((t) => t.pct)).toEqual([null, null]);
  });
});

describe('therapy lines', () => {
  it('become bands in days from baseline (ongoing ones run to the last assessment) on the spider and sum plots', async () => {
    const { spiderSpec } = await import('../specs/spiderSpec');
    const s = buildCaseSummary(result, { therapies: [{ name: 'Chemo', start: '2025-01-13', stop: '2025-02-24' }, { name: 'IO', start: '2025-03-10' }] });
    expect(s.therapies.map((t) => [t.name, t.startDay, t.stopDay, t.ongoing])).toEqual([['Chemo', 7, 49, false], ['IO', 63, 112, true]]);
    const spec = spiderSpec(s) as { layer: { mark: { type: string }; data?: { values: unknown[] } }[] };
    expect(spec.layer[0].mark.type).toBe('rect');
    expect(spec.layer[0].data?.values).toHaveLength(2);
  });

  it('an invalid date or a stop before the start is a RangeError naming the therapy', () => {
    expect(() => buildCaseSummary(result, { therapies: [{ name: 'X', start: '2025-02-30' }] })).toThrow(/therapy X: start "2025-02-30"/);
    expect(() => buildCaseSummary(result, { therapies: [{ name: 'Y', start: '2025-03-01', stop: '2025-02-01' }] })).toThrow(/therapy Y: stop/);
  });
});
