import { describe, expect, it } from 'vitest';
import { priorStudyOf } from '../priorStudyOf';
import { closestSlice } from '../closestSlice';
import type { PatientTimeline, Timepoint } from '../../../timeline/model/types';

const tp = (uid: string, excluded = false): Timepoint => ({
  studyInstanceUID: uid, studyDate: '', studyDescription: '', dayFromBaseline: null, modalities: ['CT'], isBaseline: false, excluded, source: 'demo',
});
const tl = (...tps: Timepoint[]): PatientTimeline => ({ key: 'p', patientId: 'p', patientName: '', timepoints: tps, warnings: [] });

describe('priorStudyOf', () => {
  it('the latest included study before the current one', () => {
    expect(priorStudyOf(tl(tp('a'), tp('b'), tp('c')), 'c')).toBe('b');
    expect(priorStudyOf(tl(tp('a'), tp('b', true), tp('c')), 'c')).toBe('a');
  });
  it('none for a first, excluded or unknown study', () => {
    expect(priorStudyOf(tl(tp('a'), tp('b')), 'a')).toBeUndefined();
    expect(priorStudyOf(tl(tp('a'), tp('b', true)), 'b')).toBeUndefined();
    expect(priorStudyOf(tl(tp('a')), 'x')).toBeUndefined();
    expect(priorStudyOf(undefined, 'a')).toBeUndefined();
  });
});

describe('closestSlice', () => {
  const z = [0, 0, 1];
  const stack = [[0, 0, -10], [0, 0, -5], [0, 0, 0], [0, 0, 5]];
  it('nearest plane along the normal (in-plane offset ignored)', () => {
    expect(closestSlice([100, -40, -4], stack, z, 5)).toBe(1);
    expect(closestSlice([0, 0, 2.4], stack, z, 5)).toBe(2);
  });
  it('-1 when the point is outside the stack by more than the tolerance, or nothing has a position', () => {
    expect(closestSlice([0, 0, 30], stack, z, 5)).toBe(-1);
    expect(closestSlice([0, 0, 0], [undefined, undefined], z, 5)).toBe(-1);
  });
  it('skips slices without a position', () => {
    expect(closestSlice([0, 0, 0], [undefined, [0, 0, 1]], z, 5)).toBe(1);
  });
});
