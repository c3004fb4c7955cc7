import { describe, expect, it } from 'vitest';
import { buildTimelines, type TimelineStudy } from '../buildTimelines';
import { defaultPair } from '../defaultPair';

const st = (uid: string, date: string): TimelineStudy => ({ studyInstanceUID: uid, patientName: 'X', patientId: 'P', studyDate: date, studyDescription: '', source: 'demo' });
const studies = [st('a', '20260101'), st('b', '20260201'), st('c', '20260301')];

describe('defaultPair', () => {
  it('compares the latest study with the one before it', () => {
    expect(defaultPair(buildTimelines(studies)[0], {})).toEqual({ priorStudyUID: 'b', currentStudyUID: 'c' });
  });
  it('keeps the reader’s picks, skipping excluded studies', () => {
    const t = buildTimelines(studies, { choices: { excluded: { b: true } } })[0];
    expect(defaultPair(t, {})).toEqual({ priorStudyUID: 'a', currentStudyUID: 'c' });
    expect(defaultPair(t, { priorStudyUID: 'b', currentStudyUID: 'c' })).toEqual({ priorStudyUID: 'a', currentStudyUID: 'c' });
    expect(defaultPair(buildTimelines(studies)[0], { priorStudyUID: 'a', currentStudyUID: 'b' })).toEqual({ priorStudyUID: 'a', currentStudyUID: 'b' });
  });
  it('has no prior for a single study', () => {
    expect(defaultPair(buildTimelines([st('a', '20260101')])[0], {})).toEqual({ currentStudyUID: 'a' });
  });
});
