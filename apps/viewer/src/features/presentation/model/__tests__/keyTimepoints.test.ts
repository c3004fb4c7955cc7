import { describe, expect, it } from 'vitest';
import type { SumPoint } from '@caliper/board';
import { keyTimepoints } from '../keyTimepoints';

const p = (date: string, value: number): SumPoint => ({ date, day: 0, value, response: 'SD', nadir: false });
const course = [p('2026-01-12', 83.9), p('2026-03-09', 52.1), p('2026-05-04', 47.1), p('2026-07-01', 60)];

describe('keyTimepoints', () => {
  it('baseline, the smallest sum before the current date, and the current date', () => {
    expect(keyTimepoints(course)).toEqual([
      { role: 'baseline', date: '2026-01-12' }, { role: 'nadir', date: '2026-05-04' }, { role: 'current', date: '2026-07-01' },
    ]);
  });
  it('the nadir is taken before the presented timepoint, not after it', () => {
    expect(keyTimepoints(course, '2026-05-04').map((k) => k.date)).toEqual(['2026-01-12', '2026-03-09', '2026-05-04']);
  });
  it('a nadir at baseline is not shown twice; a baseline-only course has one date', () => {
    expect(keyTimepoints([p('2026-01-12', 40), p('2026-03-09', 50), p('2026-05-04', 60)]).map((k) => k.role)).toEqual(['baseline', 'current']);
    expect(keyTimepoints([p('2026-01-12', 40)])).toEqual([{ role: 'baseline', date: '2026-01-12' }]);
    expect(keyTimepoints([])).toEqual([]);
  });
  it('ties go to the earliest date; input order does not matter', () => {
    expect(keyTimepoints([p('2026-05-04', 30), p('2026-01-12', 50), p('2026-03-09', 30), p('2026-07-01', 35)])[1]).toEqual({ role: 'nadir', date: '2026-03-09' });
  });
});
