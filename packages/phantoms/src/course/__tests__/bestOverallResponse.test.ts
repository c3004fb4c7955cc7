import { describe, expect, it } from 'vitest';
import { bestOverallPercist, bestOverallRecist } from '../bestOverallResponse';

const o = { confirm: false, sdMinDays: 42, confirmDays: 28 };

describe('RECIST 1.1 best overall response (Table 3)', () => {
  it('PR then PD: PR unconfirmed; confirmed, the PR falls back to SD (day 56 ≥ 42)', () => {
    const f = [{ response: 'PR' as const, day: 56 }, { response: 'PD' as const, day: 112 }];
    expect(bestOverallRecist(f, o)).toBe('PR');
    expect(bestOverallRecist(f, { ...o, confirm: true })).toBe('SD');
  });
  it('an unconfirmed PR before the SD minimum, then PD, is PD', () => {
    expect(bestOverallRecist([{ response: 'PR', day: 30 }, { response: 'PD', day: 60 }], { ...o, confirm: true })).toBe('PD');
  });
  it('PR confirmed by a PR ≥ 28 days later; nothing after a PD counts', () => {
    expect(bestOverallRecist([{ response: 'PR', day: 56 }, { response: 'PR', day: 84 }], { ...o, confirm: true })).toBe('PR');
    expect(bestOverallRecist([{ response: 'PD', day: 56 }, { response: 'CR', day: 84 }], o)).toBe('PD');
  });
});

describe('PERCIST 1.0 best response', () => {
  it('best category up to the first PMD', () => {
    expect(bestOverallPercist(['PMR', 'PMD'])).toBe('PMR');
    expect(bestOverallPercist(['PMD', 'CMR'])).toBe('PMD');
  });
});
