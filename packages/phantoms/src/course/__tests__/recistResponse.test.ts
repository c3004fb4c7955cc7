import { describe, expect, it } from 'vitest';
import { assessRecist } from '../assessRecist';
import { recistOverallResponse, recistTargetResponse } from '../recistResponse';

const t = (sumMm: number, baselineSumMm: number, nadirSumMm: number, allTargetsResolved = false) => recistTargetResponse({ sumMm, baselineSumMm, nadirSumMm, allTargetsResolved });

describe('RECIST 1.1 target response (Eisenhauer 2009 §4.3.1)', () => {
  it('PR at exactly −30 % of baseline (42 of 60 mm), SD just above', () => {
    expect(t(42, 60, 60)).toBe('PR');
    expect(t(42.01, 60, 60)).toBe('SD');
  });
  it('PD needs +20 % over the nadir and +5 mm: 25 → 30 is PD, 20 → 24 (+20 %, +4 mm) is not', () => {
    expect(t(30, 40, 25)).toBe('PD');
    expect(t(24, 40, 20)).toBe('PR');
    expect(t(29.9, 40, 25)).toBe('SD');
  });
  it('CR when every target is resolved; a new lesion makes any target response PD', () => {
    expect(t(9, 60, 20, true)).toBe('CR');
    expect(recistOverallResponse('PR', 1)).toBe('PD');
    expect(recistOverallResponse('PR', 0)).toBe('PR');
  });
});

describe('assessRecist', () => {
  const l = (id: string, longMm: number, shortMm: number, role = 'target', nodal = false) => ({ id, role, nodal, longMm, shortMm });
  it('sums long axes and node short axes; nadir from earlier timepoints; PD on a new lesion with a shrinking sum', () => {
    const a = assessRecist([
      { lesions: [l('A', 40, 25), l('N', 28, 18, 'target', true)] },
      { lesions: [l('A', 24, 15), l('N', 17, 10.8, 'target', true)] },
      { lesions: [l('A', 22, 14), l('N', 14, 9, 'target', true), l('X', 12, 11, 'new')] },
    ]);
    expect(a.map((x) => x.sumMm)).toEqual([58, 34.8, 31]);
    expect(a[1].changeFromBaselinePct).toBeCloseTo((100 * (34.8 - 58)) / 58, 12);
    expect(a[2].nadirSumMm).toBe(34.8);
    expect(a.map((x) => x.targetResponse)).toEqual(['baseline', 'PR', 'PR']);
    expect(a.map((x) => x.response)).toEqual(['baseline', 'PR', 'PD']);
    expect(a[2].newLesions).toEqual(['X']);
  });
  it('a target no longer listed counts 0 mm; nodes < 10 mm and no other target → CR', () => {
    const a = assessRecist([{ lesions: [l('A', 30, 20), l('N', 25, 16, 'target', true)] }, { lesions: [l('N', 12, 9, 'target', true)] }]);
    expect(a[1].sumMm).toBe(9);
    expect(a[1].response).toBe('CR');
  });
  it('rejects non-target lesions (not part of the designed course)', () => {
    expect(() => assessRecist([{ lesions: [l('A', 30, 20, 'non-target')] }])).toThrow(/non-target/);
  });
});
