import { describe, expect, it } from 'vitest';
import { assessPercist } from '../assessPercist';
import { liverComparable, percistResponse, percistThreshold } from '../percistResponse';

const r = (baselineSulPeak: number, sulPeak: number, newAvidLesionCount = 0, liverSulMean = 1.5) => percistResponse({ baselineSulPeak, sulPeak, liverSulMean, newAvidLesionCount });

describe('PERCIST 1.0 (Wahl 2009; O et al. 2016)', () => {
  it('measurability threshold 1.5 × liver SULmean + 2 × SD', () => expect(percistThreshold(1.2, 0.4)).toBeCloseTo(2.6, 12));
  it('PMR needs ≥ 30 % and ≥ 0.8 SUL: 4.0 → 2.8 is PMR, 2.4 → 1.68 (−0.72 SUL) is SMD', () => {
    expect(r(4, 2.8)).toBe('PMR');
    expect(r(2.4, 1.68, 0, 1.0)).toBe('SMD');
    expect(r(4, 2.81)).toBe('SMD');
  });
  it('PMD needs > 30 % and > 0.8 SUL, or a new FDG-avid lesion', () => {
    expect(r(4, 5.2)).toBe('SMD');
    expect(r(4, 5.21)).toBe('PMD');
    expect(r(2, 2.7)).toBe('SMD');
    expect(r(6, 3, 1)).toBe('PMD');
  });
  it('CMR when the hottest SULpeak falls below the liver SULmean', () => expect(r(6, 1.4, 0, 1.5)).toBe('CMR'));
  it('liver comparability: within 20 % and 0.3 SUL', () => {
    expect(liverComparable(1.5, 1.79)).toBe(true);
    expect(liverComparable(1.5, 1.81)).toBe(false);
    expect(liverComparable(2, 2.35)).toBe(false);
  });
});

describe('assessPercist', () => {
  const tp = (lesions: { id: string; role: string; sulPeak: number | null }[]) => ({ liverSulMean: 1.5, liverSulSd: 0.1, lesions });
  it('follows the hottest lesion of each scan; a new lesion above the threshold (2.45) is PMD', () => {
    const a = assessPercist([
      tp([{ id: 'A', role: 'target', sulPeak: 6 }, { id: 'B', role: 'target', sulPeak: 4 }]),
      tp([{ id: 'A', role: 'target', sulPeak: 2.5 }, { id: 'B', role: 'target', sulPeak: 3 }]),
      tp([{ id: 'A', role: 'target', sulPeak: 2 }, { id: 'B', role: 'target', sulPeak: null }, { id: 'X', role: 'new', sulPeak: 2.45 }]),
    ]);
    expect(a.map((x) => x.hottestLesion)).toEqual(['A', 'B', 'X']);
    expect(a[0].thresholdSul).toBeCloseTo(2.45, 12);
    expect(a[1].changeFromBaselinePct).toBeCloseTo(-50, 12);
    expect(a.map((x) => x.response)).toEqual(['baseline', 'PMR', 'PMD']);
    expect(a[2].newAvidLesions).toEqual(['X']);
  });
});
