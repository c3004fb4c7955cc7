import { describe, expect, it } from 'vitest';
import { assessResponse } from '@caliper/response';
import { courseOf, syntheticCohort } from '../../bench/syntheticCohort';
import { memberFromJson, memberFromJsonBytes } from '../memberFromJson';
import { selectCohort, uniqueLabels } from '../selectCohort';
import type { CohortMember, MemberDraft } from '../types';

const number = (drafts: MemberDraft[]): CohortMember[] => drafts.map((d, i) => ({ ...d, id: i + 1, label: d.label ?? `Patient ${i + 1}` }));

// Sums (mm) 56 days apart: A PR (−30 %, then −40 %), B SD (best −10 %), C PD (+24 %), D CR (gone).
const A = courseOf([50, 35, 30]);
const B = courseOf([50, 45, 48]);
const C = courseOf([50, 62]);
const D = courseOf([50, 40, null]);

describe('selectCohort', () => {
  const members = number([
    memberFromJson(A, 'a.json'), memberFromJson(B, 'b.json'), memberFromJson(C, 'c.json'), memberFromJson(D, 'd.json'),
    memberFromJson(assessResponse(A, 'irecist'), 'irecist.json'),
    memberFromJsonBytes(new TextEncoder().encode('{"study": 1}'), 'notes.json'),
    memberFromJsonBytes(new TextEncoder().encode('{oops'), 'broken.json'),
  ]);
  const view = selectCohort(members, 'recist1.1');

  it('waterfall: largest increase first, best % change of the sum per patient', () => {
    expect(view.stats.waterfall.map((b) => [b.label, b.bestPct, b.bor])).toEqual([
      ['Patient 3', 24, 'PD'], ['Patient 2', -10, 'SD'], ['Patient 1', -40, 'PR'], ['Patient 4', -100, 'CR'],
    ]);
  });

  it('ORR (CR + PR) 2 of 4 = 50 %, DCR (+ SD) 3 of 4 = 75 %, over the patients assessed', () => {
    expect(view.stats.orr).toEqual({ count: 2, of: 4, pct: 50 });
    expect(view.stats.dcr).toEqual({ count: 3, of: 4, pct: 75 });
  });

  it('lists every patient left out with its files and the reason; the rest still shows', () => {
    expect(view.problems.map((p) => [p.label, p.files, p.reason.slice(0, 40)])).toEqual([
      ['Patient 5', ['irecist.json'], 'assessed under irecist, not recist1.1 (o'],
      ['Patient 6', ['notes.json'], 'not a reading: neither a timeline ({time'],
      ['Patient 7', ['broken.json'], 'not JSON (Expected property name or \'}\' '],
    ]);
  });

  it('a criterion that cannot assess a timeline is that patient\'s error (PERCIST needs SULpeak)', () => {
    const v = selectCohort(members.slice(0, 2), 'percist1.0');
    expect(v.stats.n).toBe(0);
    expect(v.problems.map((p) => p.reason.split(':')[0])).toEqual(['percist1.0', 'percist1.0']);
  });

  it('200 synthetic patients: every one assessed, order by best % change', () => {
    const v = selectCohort(number(syntheticCohort(200).map((t, i) => memberFromJson(t, `p${i}.json`))), 'recist1.1');
    expect(v.problems).toEqual([]);
    expect(v.stats.n).toBe(200);
    const pcts = v.stats.waterfall.map((b) => b.bestPct ?? -Infinity);
    expect(pcts).toEqual([...pcts].sort((x, y) => y - x));
    expect(new Set(v.stats.waterfall.map((b) => b.borClass))).toEqual(new Set(['CR', 'PR', 'SD', 'PD']));
  });
});

describe('uniqueLabels', () => {
  it('keeps lanes apart when two patients are given the same label', () => {
    expect(uniqueLabels(['Arm A', 'arm a', ' ', 'B'])).toEqual(['Arm A', 'arm a (2)', 'Patient', 'B']);
  });
});
