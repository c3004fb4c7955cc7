import { describe, expect, it } from 'vitest';
import { assessResponse } from '../assessResponse';
import { D, lesion, newLesion, node, nonTarget, target, timeline, tp } from './build';

describe('mRECIST (Lencioni 2010): viable diameters', () => {
  const v = (id: string, longMm: number, viableLongMm: number) => target(id, longMm, { viableLongMm });
  it('PR on the viable diameter while the whole lesion is unchanged', () => {
    const r = assessResponse(timeline(tp(D[0], [v('T1', 50, 40)]), tp(D[1], [v('T1', 50, 28)])), 'mrecist');
    expect(r.timepoints[0]).toMatchObject({ response: 'PR', sumMm: 28, changeFromBaselinePct: -30 });
  });
  it('CR when no enhancing tissue remains (viable 0) and nodes < 10 mm', () => {
    const r = assessResponse(timeline(tp(D[0], [v('T1', 50, 40), node('N1', 16)]), tp(D[1], [v('T1', 45, 0), node('N1', 8)])), 'mrecist');
    expect(r.timepoints[0]).toMatchObject({ response: 'CR', sumMm: 8 });
  });
  it('PD needs +20 % and +5 mm over the viable nadir', () => {
    const r = assessResponse(timeline(tp(D[0], [v('T1', 50, 20)]), tp(D[1], [v('T1', 50, 10)]), tp(D[2], [v('T1', 50, 14)]), tp(D[3], [v('T1', 50, 15)])), 'mrecist');
    expect(r.timepoints.map((t) => t.response)).toEqual(['PR', 'PR', 'PD']);
  });
  it('measurability on the viable diameter', () => {
    expect(() => assessResponse(timeline(tp(D[0], [v('T1', 50, 8)])), 'mrecist')).toThrow(/viable long axis 8 mm < 10 mm/);
  });
});

describe('Choi (2007): size −10 % or density −15 %', () => {
  const c = (id: string, longMm: number, meanHu: number) => target(id, longMm, { meanHu });
  it('PR by density alone (−15 %), size unchanged', () => {
    const r = assessResponse(timeline(tp(D[0], [c('T1', 50, 100)]), tp(D[1], [c('T1', 50, 85)])), 'choi');
    expect(r.timepoints[0]).toMatchObject({ response: 'PR', meanHu: 85, huChangeFromBaselinePct: -15 });
    expect(assessResponse(timeline(tp(D[0], [c('T1', 50, 100)]), tp(D[1], [c('T1', 50, 85.1)])), 'choi').timepoints[0].response).toBe('SD');
  });
  it('PR by size alone (−10 %)', () => {
    expect(assessResponse(timeline(tp(D[0], [c('T1', 50, 100)]), tp(D[1], [c('T1', 45, 100)])), 'choi').timepoints[0]).toMatchObject({ response: 'PR', changeFromBaselinePct: -10 });
  });
  it('size +10 % is PD unless PR by density', () => {
    expect(assessResponse(timeline(tp(D[0], [c('T1', 50, 100)]), tp(D[1], [c('T1', 55, 100)])), 'choi').timepoints[0].response).toBe('PD');
    expect(assessResponse(timeline(tp(D[0], [c('T1', 50, 100)]), tp(D[1], [c('T1', 55, 80)])), 'choi').timepoints[0].response).toBe('PR');
  });
  it('density is the mean of the targets\' mean HU', () => {
    // baseline mean (100 + 60)/2 = 80; follow-up (70 + 66)/2 = 68: −15 %
    const r = assessResponse(timeline(tp(D[0], [c('A', 50, 100), c('B', 30, 60)]), tp(D[1], [c('A', 50, 70), c('B', 30, 66)])), 'choi');
    expect(r.baseline.meanHu).toBe(80);
    expect(r.timepoints[0]).toMatchObject({ meanHu: 68, huChangeFromBaselinePct: -15, response: 'PR' });
  });
  it('CR when every target is absent; a new lesion is PD', () => {
    expect(assessResponse(timeline(tp(D[0], [c('T1', 50, 100)]), tp(D[1], [lesion('T1', 'target', 'absent')])), 'choi').timepoints[0].response).toBe('CR');
    expect(assessResponse(timeline(tp(D[0], [c('T1', 50, 100)]), tp(D[1], [c('T1', 30, 50), newLesion('X')])), 'choi').timepoints[0].response).toBe('PD');
  });
});

describe('volumetric: −65 % / +73 %', () => {
  const vol = (id: string, volumeMl: number) => target(id, 30, { volumeMl });
  it('boundaries are exact in 0.01 mL', () => {
    const r = assessResponse(timeline(tp(D[0], [vol('T1', 20)]), tp(D[1], [vol('T1', 7)]), tp(D[2], [vol('T1', 12.11)]), tp(D[3], [vol('T1', 12.1)])), 'volumetric');
    expect(r.timepoints[0]).toMatchObject({ response: 'PR', sumMl: 7, changeFromBaselinePct: -65 });
    expect(r.timepoints[1]).toMatchObject({ response: 'PD', changeFromNadirPct: 73 }); // 7 → 12.11 = +73.0 %
    const sd = assessResponse(timeline(tp(D[0], [vol('T1', 20)]), tp(D[1], [vol('T1', 7.01)]), tp(D[2], [vol('T1', 12.12)])), 'volumetric');
    expect(sd.timepoints[0].response).toBe('SD');
    expect(sd.timepoints[1]).toMatchObject({ response: 'SD', changeFromNadirPct: 72.9 }); // 7.01 → 12.12
  });
  it('too small to measure has no volume: NE', () => {
    const r = assessResponse(timeline(tp(D[0], [vol('T1', 20), vol('T2', 5)]), tp(D[1], [vol('T1', 15), lesion('T2', 'target', 'too-small-to-measure')])), 'volumetric');
    expect(r.timepoints[0]).toMatchObject({ response: 'NE', sumMl: null });
  });
  it('non-target progression is PD', () => {
    const r = assessResponse(timeline(tp(D[0], [vol('T1', 20), nonTarget('NT')]), tp(D[1], [vol('T1', 5), nonTarget('NT', 'unequivocal-progression')])), 'volumetric');
    expect(r.timepoints[0].response).toBe('PD');
  });
});
