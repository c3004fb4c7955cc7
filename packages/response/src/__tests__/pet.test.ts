import { describe, expect, it } from 'vitest';
import { assessResponse } from '../assessResponse';
import { D, lesion, newLesion, nonTarget, target, timeline, tp } from './build';

const liver = { liverSulMean: 2.0, liverSulSd: 0.3 };
const hot = (id: string, sulPeak: number, extra = {}) => target(id, 30, { sulPeak, ...extra });

describe('PERCIST 1.0 (Wahl 2009; O 2016)', () => {
  it('measurability: SULpeak ≥ 1.5 × liver mean + 2 × SD (3.6 here), else every follow-up NE', () => {
    const r = assessResponse(timeline(tp(D[0], [hot('T1', 3.59)], liver), tp(D[1], [hot('T1', 1)], liver)), 'percist1.0');
    expect(r.baseline).toMatchObject({ measurableThreshold: 3.6, measurable: false });
    expect(r.timepoints[0].response).toBe('NE');
    const ok = assessResponse(timeline(tp(D[0], [hot('T1', 3.6)], liver), tp(D[1], [hot('T1', 2.5)], liver)), 'percist1.0');
    expect(ok.baseline.measurable).toBe(true);
    expect(ok.timepoints[0]).toMatchObject({ response: 'PMR', changeFromBaselinePct: -30.6 });
  });
  it('PMR needs −30 % and a 0.8 SUL decrease', () => {
    // 4.0 → 2.8: −30 % but only −1.2 SUL ✓; 2.6 → 1.82 would be −30 % but −0.78 SUL (baseline not measurable there)
    const r = assessResponse(timeline(tp(D[0], [hot('T1', 4.0)], liver), tp(D[1], [hot('T1', 2.8)], liver)), 'percist1.0');
    expect(r.timepoints[0]).toMatchObject({ response: 'PMR', changeFromBaselinePct: -30, sulPeak: 2.8 });
    const low = { liverSulMean: 1.0, liverSulSd: 0.1 }; // threshold 1.7
    const small = assessResponse(timeline(tp(D[0], [hot('T1', 2.6)], low), tp(D[1], [hot('T1', 1.82)], low)), 'percist1.0');
    expect(small.timepoints[0]).toMatchObject({ response: 'SMD', changeFromBaselinePct: -30 });
    const withAbs = assessResponse(timeline(tp(D[0], [hot('T1', 2.7)], low), tp(D[1], [hot('T1', 1.89)], low)), 'percist1.0');
    expect(withAbs.timepoints[0].response).toBe('PMR'); // −30 % and −0.81
  });
  it('PMD needs +30 % and +0.8 SUL; a new lesion or unequivocal non-target progression is PMD', () => {
    const b = tp(D[0], [hot('T1', 4.0), nonTarget('NT', 'present', { sulPeak: 3 })], liver);
    expect(assessResponse(timeline(b, tp(D[1], [hot('T1', 5.2), nonTarget('NT', 'present', { sulPeak: 3 })], liver)), 'percist1.0').timepoints[0]).toMatchObject({ response: 'PMD', changeFromBaselinePct: 30 });
    expect(assessResponse(timeline(b, tp(D[1], [hot('T1', 5.19), nonTarget('NT', 'present', { sulPeak: 3 })], liver)), 'percist1.0').timepoints[0].response).toBe('SMD');
    expect(assessResponse(timeline(b, tp(D[1], [hot('T1', 2), nonTarget('NT', 'present', { sulPeak: 1 }), newLesion('X')], liver)), 'percist1.0').timepoints[0]).toMatchObject({ response: 'PMD', newLesions: ['X'] });
    expect(assessResponse(timeline(b, tp(D[1], [hot('T1', 2), nonTarget('NT', 'unequivocal-progression', { sulPeak: 1 })], liver)), 'percist1.0').timepoints[0].response).toBe('PMD');
    const lowBase = { liverSulMean: 1.0, liverSulSd: 0.1 };
    // 2.0 → 2.6: +30 % but only +0.6 SUL
    expect(assessResponse(timeline(tp(D[0], [hot('T1', 2.0)], lowBase), tp(D[1], [hot('T1', 2.6)], lowBase)), 'percist1.0').timepoints[0].response).toBe('SMD');
  });
  it('the hottest lesion may change between timepoints', () => {
    const r = assessResponse(timeline(
      tp(D[0], [hot('A', 8), hot('B', 4)], liver),
      tp(D[1], [hot('A', 3), hot('B', 5)], liver),
    ), 'percist1.0');
    expect(r.timepoints[0]).toMatchObject({ sulPeak: 5, hottestLesion: 'B', changeFromBaselinePct: -37.5, response: 'PMR' });
  });
  it('CMR: every lesion absent or below that timepoint\'s liver SULmean; NE when a lesion is not evaluable', () => {
    const b = tp(D[0], [hot('A', 8), hot('B', 4)], liver);
    expect(assessResponse(timeline(b, tp(D[1], [lesion('A', 'target', 'absent'), hot('B', 1.9)], liver)), 'percist1.0').timepoints[0].response).toBe('CMR');
    expect(assessResponse(timeline(b, tp(D[1], [lesion('A', 'target', 'absent'), hot('B', 2.0)], liver)), 'percist1.0').timepoints[0].response).toBe('PMR');
    expect(assessResponse(timeline(b, tp(D[1], [lesion('A', 'target', 'not-evaluable'), hot('B', 2.0)], liver)), 'percist1.0').timepoints[0].response).toBe('NE');
  });
  it('rejects --confirm semantics: PET best response takes no SD minimum', () => {
    const r = assessResponse(timeline(tp('2025-01-06', [hot('A', 8)], liver), tp('2025-01-20', [hot('A', 7.5)], liver)), 'percist1.0');
    expect(r.bestOverallResponse).toMatchObject({ response: 'SMD', date: '2025-01-20' });
  });
});

describe('Lugano 2014 metabolic response (Cheson 2014, Deauville)', () => {
  const d = (id: string, deauville: number, suvMax?: number) => target(id, 30, { deauville, ...(suvMax !== undefined ? { suvMax } : {}) });
  it('CMR with Deauville ≤ 3, residual mass or not', () => {
    const r = assessResponse(timeline(tp(D[0], [d('A', 5, 12)]), tp(D[1], [d('A', 3)])), 'lugano');
    expect(r.timepoints[0]).toMatchObject({ response: 'CMR', deauville: 3 });
    expect(r.baseline).toMatchObject({ suvMax: 12, deauville: 5 });
  });
  it('Deauville 4–5: reduced uptake PMR, equal NMR, increased PMD', () => {
    const b = tp(D[0], [d('A', 5, 12), d('B', 4, 6)]);
    expect(assessResponse(timeline(b, tp(D[1], [d('A', 4, 6), d('B', 3)])), 'lugano').timepoints[0]).toMatchObject({ response: 'PMR', suvMax: 6, changeFromBaselinePct: -50 });
    expect(assessResponse(timeline(b, tp(D[1], [d('A', 5, 12), d('B', 4, 6)])), 'lugano').timepoints[0].response).toBe('NMR');
    expect(assessResponse(timeline(b, tp(D[1], [d('A', 5, 18), d('B', 4, 6)])), 'lugano').timepoints[0]).toMatchObject({ response: 'PMD', changeFromBaselinePct: 50 });
  });
  it('a new FDG-avid lesion is PMD; a not-evaluable lesion NE; absent counts Deauville 1', () => {
    const b = tp(D[0], [d('A', 5, 12)]);
    expect(assessResponse(timeline(b, tp(D[1], [d('A', 2), newLesion('X')])), 'lugano').timepoints[0].response).toBe('PMD');
    expect(assessResponse(timeline(b, tp(D[1], [lesion('A', 'target', 'not-evaluable')])), 'lugano').timepoints[0].response).toBe('NE');
    expect(assessResponse(timeline(b, tp(D[1], [lesion('A', 'target', 'absent')])), 'lugano').timepoints[0]).toMatchObject({ response: 'CMR', deauville: 1 });
  });
});

describe('RECIP 1.0 (Gafita 2022)', () => {
  const t = (v: number, news: string[] = []) => tp(D[news.length ? 1 : 1], news.map((id) => newLesion(id)), { psmaTvMl: v });
  const course = (base: number, v: number, news: string[] = []) => assessResponse(timeline(tp(D[0], [], { psmaTvMl: base }), { ...t(v, news), date: D[1] }), 'recip1.0').timepoints[0];
  it('CR 0 mL without new lesions; PR ≤ −30 % without; PD ≥ +20 % with a new lesion; else SD', () => {
    expect(course(100, 0).response).toBe('CR-RECIP');
    expect(course(100, 70)).toMatchObject({ response: 'PR-RECIP', changeFromBaselinePct: -30, psmaTvMl: 70 });
    expect(course(100, 70.01).response).toBe('SD-RECIP');
    expect(course(100, 120, ['X'])).toMatchObject({ response: 'PD-RECIP', changeFromBaselinePct: 20 });
    expect(course(100, 120).response).toBe('SD-RECIP');
    expect(course(100, 119.99, ['X']).response).toBe('SD-RECIP');
    expect(course(100, 50, ['X']).response).toBe('SD-RECIP');
    expect(course(100, 0, ['X']).response).toBe('SD-RECIP');
  });
});

describe('whole-body burden values (Timepoint.wholeBodyDeauville / wholeBodySulPeak)', () => {
  const liver = { liverSulMean: 2, liverSulSd: 0.2 };
  it('Lugano: the higher of the tracked lesions\' and the burden\'s confirmed Deauville decides', () => {
    const l = (suvMax: number, deauville: number) => nonTarget('N1', 'present', { suvMax, deauville });
    // Tracked N1 scores 3 at follow-up (CMR on its own); the burden's confirmed 4 makes it 4 with SUVmax 8 → 6: PMR.
    const r = assessResponse(timeline(tp(D[0], [l(8, 4)]), tp(D[1], [l(6, 3)], { wholeBodyDeauville: 4 })), 'lugano');
    expect(r.timepoints[0].deauville).toBe(4);
    expect(r.timepoints[0].response).toBe('PMR');
    const lower = assessResponse(timeline(tp(D[0], [l(8, 4)]), tp(D[1], [l(6, 3)], { wholeBodyDeauville: 2 })), 'lugano');
    expect(lower.timepoints[0]).toMatchObject({ deauville: 3, response: 'CMR' });
  });
  it('PERCIST without tracked lesions reads the burden\'s hottest SULpeak: 6 → 3.9 is −35 % and −2.1 SUL (PMR); 6 → 8 is +33 % and +2 SUL (PMD)', () => {
    const pmr = assessResponse(timeline(tp(D[0], [], { ...liver, wholeBodySulPeak: 6 }), tp(D[1], [], { ...liver, wholeBodySulPeak: 3.9 })), 'percist1.0');
    expect(pmr.baseline).toMatchObject({ sulPeak: 6, hottestLesion: 'whole-body', measurable: true });
    expect(pmr.timepoints[0]).toMatchObject({ response: 'PMR', sulPeak: 3.9, changeFromBaselinePct: -35 });
    const pmd = assessResponse(timeline(tp(D[0], [], { ...liver, wholeBodySulPeak: 6 }), tp(D[1], [], { ...liver, wholeBodySulPeak: 8 })), 'percist1.0');
    expect(pmd.timepoints[0].response).toBe('PMD');
    // Hottest 1.9 < liver 2: CMR; a follow-up without burden is not evaluable.
    const cmr = assessResponse(timeline(tp(D[0], [], { ...liver, wholeBodySulPeak: 6 }), tp(D[1], [], { ...liver, wholeBodySulPeak: 1.9 }), tp(D[2], [], liver)), 'percist1.0');
    expect(cmr.timepoints.map((t) => t.response)).toEqual(['CMR', 'NE']);
  });
});
