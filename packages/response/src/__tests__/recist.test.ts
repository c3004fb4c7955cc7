import { describe, expect, it } from 'vitest';
import { assessResponse } from '../assessResponse';
import { D, newLesion, node, nonTarget, target, timeline, tp, lesion } from './build';

const recist = (t: ReturnType<typeof timeline>, o = {}) => assessResponse(t, 'recist1.1', o);

describe('RECIST 1.1 target response (Eisenhauer 2009 §4.3.1)', () => {
  it('50 → 35 mm is exactly −30 %: PR', () => {
    const r = recist(timeline(tp(D[0], [target('T1', 30), target('T2', 20)]), tp(D[1], [target('T1', 20), target('T2', 15)])));
    expect(r.baseline.sumMm).toBe(50);
    expect(r.timepoints[0]).toMatchObject({ response: 'PR', sumMm: 35, changeFromBaselinePct: -30, targetResponse: 'PR', nadirDate: D[0] });
    expect(r.timepoints[0].reasons).toEqual(['-30.0 % vs baseline']);
  });
  it('100 → 70.1 mm is −29.9 %: SD', () => {
    const r = recist(timeline(tp(D[0], [target('T1', 100)]), tp(D[1], [target('T1', 70.1)])));
    expect(r.timepoints[0]).toMatchObject({ response: 'SD', sumMm: 70.1, changeFromBaselinePct: -29.9 });
  });
  it('35 → 42 mm vs nadir is +20 % and +7 mm: PD; +20 % under 5 mm is not', () => {
    const r = recist(timeline(tp(D[0], [target('T1', 50)]), tp(D[1], [target('T1', 35)]), tp(D[2], [target('T1', 42)])));
    expect(r.timepoints[1]).toMatchObject({ response: 'PD', changeFromNadirPct: 20, nadirDate: D[1], changeFromBaselinePct: -16 });
    const small = recist(timeline(tp(D[0], [target('T1', 20)]), tp(D[1], [target('T1', 12)]), tp(D[2], [target('T1', 16)])));
    // 12 → 16 mm: +33.3 % but only +4 mm
    expect(small.timepoints[1]).toMatchObject({ response: 'SD', changeFromNadirPct: 33.3, changeFromBaselinePct: -20 });
    expect(recist(timeline(tp(D[0], [target('T1', 20)]), tp(D[1], [target('T1', 12)]), tp(D[2], [target('T1', 17)]))).timepoints[1].response).toBe('PD');
  });
  it('measures PD from the nadir, not the baseline; nadir is the earliest smallest', () => {
    const r = recist(timeline(tp(D[0], [target('T1', 100)]), tp(D[1], [target('T1', 40)]), tp(D[2], [target('T1', 40)]), tp(D[3], [target('T1', 48)])));
    expect(r.timepoints.map((t) => t.response)).toEqual(['PR', 'PR', 'PD']);
    expect(r.timepoints[2].nadirDate).toBe(D[1]);
    expect(r.timepoints[2].changeFromBaselinePct).toBe(-52);
  });
  it('CR when non-nodal targets vanish and nodes are back under 10 mm, though the sum is > 0', () => {
    const r = recist(timeline(tp(D[0], [target('T1', 30), node('N1', 18)]), tp(D[1], [lesion('T1', 'target', 'absent'), node('N1', 9.9)])));
    expect(r.timepoints[0]).toMatchObject({ response: 'CR', targetResponse: 'CR', sumMm: 9.9 });
    const notYet = recist(timeline(tp(D[0], [target('T1', 30), node('N1', 18)]), tp(D[1], [lesion('T1', 'target', 'absent'), node('N1', 10)])));
    expect(notYet.timepoints[0].response).toBe('PR');
  });
  it('too small to measure counts 5 mm', () => {
    const r = recist(timeline(tp(D[0], [target('T1', 20)]), tp(D[1], [lesion('T1', 'target', 'too-small-to-measure')])));
    expect(r.timepoints[0]).toMatchObject({ sumMm: 5, response: 'PR', changeFromBaselinePct: -75 });
    expect(r.lesions[0].measurements[1]).toEqual({ date: D[1], status: 'too-small-to-measure', value: 5 });
  });
  it('a not-evaluable target: NE, unless the evaluable targets alone meet PD', () => {
    const ne = recist(timeline(tp(D[0], [target('T1', 30), target('T2', 20)]), tp(D[1], [target('T1', 28), lesion('T2', 'target', 'not-evaluable')])));
    expect(ne.timepoints[0]).toMatchObject({ response: 'NE', targetResponse: 'NE', sumMm: null, changeFromBaselinePct: null });
    const pd = recist(timeline(tp(D[0], [target('T1', 30), target('T2', 20)]), tp(D[1], [target('T1', 61), lesion('T2', 'target', 'not-evaluable')])));
    expect(pd.timepoints[0]).toMatchObject({ response: 'PD', targetResponse: 'PD' });
  });
  it('an incomplete timepoint is never the nadir', () => {
    const r = recist(timeline(
      tp(D[0], [target('T1', 30), target('T2', 20)]),
      tp(D[1], [target('T1', 10), lesion('T2', 'target', 'not-evaluable')]),
      tp(D[2], [target('T1', 25), target('T2', 20)]),
    ));
    expect(r.timepoints[1]).toMatchObject({ nadirDate: D[0], response: 'SD', changeFromNadirPct: -10 });
  });
});

describe('RECIST 1.1 non-target and new lesions, overall response (Table 1, Table 2)', () => {
  const base = [target('T1', 40), nonTarget('NT1')];
  it('unequivocal progression of a non-target is PD whatever the targets do', () => {
    const r = recist(timeline(tp(D[0], base), tp(D[1], [target('T1', 20), nonTarget('NT1', 'unequivocal-progression')])));
    expect(r.timepoints[0]).toMatchObject({ response: 'PD', targetResponse: 'PR', nonTargetResponse: 'PD' });
  });
  it('a new lesion is PD; an absent new lesion is not', () => {
    const r = recist(timeline(tp(D[0], base), tp(D[1], [target('T1', 20), nonTarget('NT1'), newLesion('L7')]), tp(D[2], [target('T1', 20), nonTarget('NT1'), newLesion('L7', 'absent')])));
    expect(r.timepoints[0]).toMatchObject({ response: 'PD', newLesions: ['L7'], reasons: ['new lesion L7'] });
    expect(r.timepoints[1]).toMatchObject({ response: 'PR', newLesions: [] });
  });
  it('targets CR with non-targets present is PR; with non-targets NE is PR; both CR is CR', () => {
    const gone = lesion('T1', 'target', 'absent');
    expect(recist(timeline(tp(D[0], base), tp(D[1], [gone, nonTarget('NT1')]))).timepoints[0]).toMatchObject({ response: 'PR', targetResponse: 'CR', nonTargetResponse: 'NON-CR/NON-PD' });
    expect(recist(timeline(tp(D[0], base), tp(D[1], [gone, nonTarget('NT1', 'not-evaluable')]))).timepoints[0]).toMatchObject({ response: 'PR', nonTargetResponse: 'NE' });
    expect(recist(timeline(tp(D[0], base), tp(D[1], [gone, nonTarget('NT1', 'absent')]))).timepoints[0]).toMatchObject({ response: 'CR', nonTargetResponse: 'CR' });
  });
  it('a non-target node measured < 10 mm is normal (CR)', () => {
    const r = recist(timeline(tp(D[0], [target('T1', 40), nonTarget('N2', 'measured', { nodal: true, shortMm: 12 })]), tp(D[1], [lesion('T1', 'target', 'absent'), nonTarget('N2', 'measured', { nodal: true, shortMm: 8 })])));
    expect(r.timepoints[0]).toMatchObject({ response: 'CR', nonTargetResponse: 'CR' });
  });
  it('target SD with a non-target NE is SD; target NE is NE', () => {
    expect(recist(timeline(tp(D[0], base), tp(D[1], [target('T1', 38), nonTarget('NT1', 'not-evaluable')]))).timepoints[0].response).toBe('SD');
  });
  it('no baseline target: non-targets alone give CR, NON-CR/NON-PD, NE or PD', () => {
    const b = tp(D[0], [nonTarget('NT1'), nonTarget('NT2')]);
    const at = (a: string, c: string, extra: ReturnType<typeof newLesion>[] = []) =>
      recist(timeline(b, tp(D[1], [nonTarget('NT1', a as never), nonTarget('NT2', c as never), ...extra]))).timepoints[0];
    expect(at('absent', 'absent')).toMatchObject({ response: 'CR', targetResponse: 'NA', sumMm: 0 });
    expect(at('present', 'absent').response).toBe('NON-CR/NON-PD');
    expect(at('not-evaluable', 'absent').response).toBe('NE');
    expect(at('present', 'unequivocal-progression').response).toBe('PD');
    expect(at('absent', 'absent', [newLesion('X')]).response).toBe('PD');
  });
});

describe('best overall response (RECIST 1.1 §4.4, Table 3)', () => {
  const course = (...sizes: number[]) => timeline(...sizes.map((s, i) => tp(D[i], [target('T1', s)])));
  it('best of the follow-ups up to the first PD', () => {
    const r = recist(course(50, 45, 30, 40, 20));
    expect(r.timepoints.map((t) => t.response)).toEqual(['SD', 'PR', 'PD', 'PR']);
    expect(r.bestOverallResponse).toMatchObject({ response: 'PR', date: D[2], confirmed: false });
  });
  it('SD counts only ≥ 42 days after baseline (option); else PD if a PD follows, else NE', () => {
    const early = timeline(tp('2025-01-06', [target('T1', 50)]), tp('2025-02-03', [target('T1', 48)]), tp('2025-04-01', [target('T1', 60)]));
    expect(recist(early).bestOverallResponse.response).toBe('PD');
    expect(recist(early, { sdMinDays: 28 }).bestOverallResponse).toMatchObject({ response: 'SD', date: '2025-02-03' });
    const onlyEarly = timeline(tp('2025-01-06', [target('T1', 50)]), tp('2025-02-03', [target('T1', 48)]));
    expect(recist(onlyEarly).bestOverallResponse.response).toBe('NE');
    const exactly = timeline(tp('2025-01-06', [target('T1', 50)]), tp('2025-02-17', [target('T1', 48)]));
    expect(recist(exactly).bestOverallResponse.response).toBe('SD'); // day 42
  });
  it('confirmation: PR confirmed ≥ 28 days later by PR or CR; unconfirmed PR counts as SD', () => {
    expect(recist(course(50, 30, 30), { confirm: true }).bestOverallResponse).toMatchObject({ response: 'PR', confirmed: true, date: D[1] });
    expect(recist(course(50, 30, 45), { confirm: true }).bestOverallResponse).toMatchObject({ response: 'SD', confirmed: false });
    expect(recist(course(50, 30), { confirm: true }).bestOverallResponse.response).toBe('SD');
    expect(recist(course(50, 30, 0), { confirm: true }).bestOverallResponse).toMatchObject({ response: 'PR', confirmed: true }); // PR then CR
    expect(recist(course(50, 0, 0), { confirm: true }).bestOverallResponse).toMatchObject({ response: 'CR', confirmed: true });
    // Unconfirmed: the PR counts as such
    expect(recist(course(50, 30)).bestOverallResponse).toMatchObject({ response: 'PR', confirmed: false });
  });
  it('confirmation needs ≥ 28 days and only CR/PR between', () => {
    const t = timeline(tp('2025-01-06', [target('T1', 50)]), tp('2025-03-03', [target('T1', 30)]), tp('2025-03-24', [target('T1', 30)]), tp('2025-04-07', [target('T1', 30)]));
    // 2025-03-03 → 2025-03-24 is 21 days, → 2025-04-07 is 35 days with a PR between: confirmed
    expect(recist(t, { confirm: true }).bestOverallResponse).toMatchObject({ response: 'PR', confirmed: true, date: '2025-03-03' });
    const broken = timeline(tp(D[0], [target('T1', 50)]), tp(D[1], [target('T1', 30)]), tp(D[2], [target('T1', 40)]), tp(D[3], [target('T1', 30)]));
    expect(recist(broken, { confirm: true }).bestOverallResponse.response).toBe('SD');
  });
  it('no follow-up: NE', () => {
    expect(recist(course(50)).bestOverallResponse).toMatchObject({ response: 'NE', date: null });
  });
});
