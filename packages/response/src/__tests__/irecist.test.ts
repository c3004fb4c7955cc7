import { describe, expect, it } from 'vitest';
import { assessResponse } from '../assessResponse';
import { D, newLesion, nonTarget, target, timeline, tp } from './build';

const ir = (...tps: ReturnType<typeof tp>[]) => assessResponse(timeline(...tps), 'irecist');
const nl = (id: string, longMm: number, extra = {}) => newLesion(id, 'measured', { longMm, ...extra });

describe('iRECIST (Seymour 2017)', () => {
  it('target PD → iUPD; +5 mm more at the next assessment → iCPD', () => {
    const r = ir(tp(D[0], [target('T1', 50)]), tp(D[1], [target('T1', 60)]), tp(D[2], [target('T1', 65)]));
    expect(r.timepoints.map((t) => t.response)).toEqual(['iUPD', 'iCPD']);
    expect(r.bestOverallResponse.response).toBe('iCPD');
  });
  it('iUPD with less than +5 mm more stays iUPD; then a response resets', () => {
    const r = ir(tp(D[0], [target('T1', 50)]), tp(D[1], [target('T1', 60)]), tp(D[2], [target('T1', 64)]), tp(D[3], [target('T1', 30)]), tp(D[4], [target('T1', 40)]));
    // D3: 30 vs baseline 50 = −40 % (iPR, reset); D4: 40 vs nadir 30 = +33 % and +10 mm → new iUPD
    expect(r.timepoints.map((t) => t.response)).toEqual(['iUPD', 'iUPD', 'iPR', 'iUPD']);
    expect(r.bestOverallResponse).toMatchObject({ response: 'iPR', date: D[3] });
  });
  it('iUPD resolving to SD resets (iSD)', () => {
    const r = ir(tp(D[0], [target('T1', 50)]), tp(D[1], [target('T1', 60)]), tp(D[2], [target('T1', 50)]));
    expect(r.timepoints.map((t) => t.response)).toEqual(['iUPD', 'iSD']);
  });
  it('new lesions: NLT (measurable at first sight) vs NLNT; NLT sum never added to sumMm', () => {
    const r = ir(tp(D[0], [target('T1', 50)]), tp(D[1], [target('T1', 40), nl('X', 12), nl('Y', 6)]));
    expect(r.timepoints[0]).toMatchObject({ response: 'iUPD', sumMm: 40, newTargetSumMm: 12, newLesionTargets: ['X'], newLesionNonTargets: ['Y'] });
    expect(r.lesions.find((l) => l.id === 'X')?.newLesionCategory).toBe('NLT');
    expect(r.lesions.find((l) => l.id === 'Y')?.newLesionCategory).toBe('NLNT');
  });
  it('at most 2 NLTs per organ, 5 in all', () => {
    const r = ir(tp(D[0], [target('T1', 50)]), tp(D[1], [target('T1', 50), nl('A', 12, { organ: 'liver' }), nl('B', 12, { organ: 'liver' }), nl('C', 12, { organ: 'liver' })]));
    expect(r.timepoints[0]).toMatchObject({ newLesionTargets: ['A', 'B'], newLesionNonTargets: ['C'], newTargetSumMm: 24 });
  });
  it('iUPD by a new lesion: NLT sum +5 mm → iCPD; an NLNT increased → iCPD; unchanged → iUPD', () => {
    const b = tp(D[0], [target('T1', 50)]);
    expect(ir(b, tp(D[1], [target('T1', 50), nl('X', 12)]), tp(D[2], [target('T1', 50), nl('X', 17)])).timepoints[1].response).toBe('iCPD');
    expect(ir(b, tp(D[1], [target('T1', 50), nl('X', 12)]), tp(D[2], [target('T1', 50), nl('X', 16)])).timepoints[1].response).toBe('iUPD');
    expect(ir(b, tp(D[1], [target('T1', 50), newLesion('Y')]), tp(D[2], [target('T1', 50), newLesion('Y', 'present', { increased: true })])).timepoints[1].response).toBe('iCPD');
  });
  it('another new lesion not seen before confirms; a category that did not trigger reaching PD confirms', () => {
    const b = tp(D[0], [target('T1', 50), nonTarget('NT')]);
    const newOne = ir(b, tp(D[1], [target('T1', 60), nonTarget('NT')]), tp(D[2], [target('T1', 60), nonTarget('NT'), newLesion('Z')]));
    expect(newOne.timepoints[1].response).toBe('iCPD');
    const ntPd = ir(b, tp(D[1], [target('T1', 60), nonTarget('NT')]), tp(D[2], [target('T1', 60), nonTarget('NT', 'unequivocal-progression')]));
    expect(ntPd.timepoints[1].response).toBe('iCPD');
    const ntIncreased = ir(b, tp(D[1], [target('T1', 40), nonTarget('NT', 'unequivocal-progression')]), tp(D[2], [target('T1', 40), nonTarget('NT', 'unequivocal-progression', { increased: true })]));
    expect(ntIncreased.timepoints.map((t) => t.response)).toEqual(['iUPD', 'iCPD']);
  });
  it('BOR: responses after an unconfirmed iUPD count; nothing after iCPD', () => {
    const r = ir(tp(D[0], [target('T1', 50)]), tp(D[1], [target('T1', 60)]), tp(D[2], [target('T1', 20)]));
    expect(r.bestOverallResponse).toMatchObject({ response: 'iPR', date: D[2] });
    const after = ir(tp(D[0], [target('T1', 50)]), tp(D[1], [target('T1', 60)]), tp(D[2], [target('T1', 70)]), tp(D[3], [target('T1', 10)]));
    expect(after.timepoints.map((t) => t.response)).toEqual(['iUPD', 'iCPD', 'iCPD']);
    expect(after.bestOverallResponse.response).toBe('iCPD');
    const pending = ir(tp(D[0], [target('T1', 50)]), tp(D[1], [target('T1', 60)]));
    expect(pending.bestOverallResponse.response).toBe('iUPD');
  });
});
