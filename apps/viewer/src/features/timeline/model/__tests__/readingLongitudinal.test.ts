import { describe, expect, it } from 'vitest';
import { buildTimelines, type TimelineStudy } from '../buildTimelines';
import { timelineFacts } from '../readingLongitudinal';
import type { AlignmentRecord } from '../alignmentRecord';

const st = (uid: string, date: string, patientId = 'P1'): TimelineStudy => ({ studyInstanceUID: uid, patientName: 'X', patientId, issuerOfPatientId: 'H', studyDate: date, studyDescription: '', source: 'demo' });
const alignment: AlignmentRecord = {
  priorStudyUID: 'a', currentStudyUID: 'c', priorSeriesUID: 'a.1', currentSeriesUID: 'c.1',
  transform: { rotation: [1, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [0, 0, 10] }, method: 'landmark',
  landmark: { priorMm: [0, 0, 10], currentMm: [0, 0, 0] }, updatedAt: '2026-05-04T00:00:00Z',
};

describe('timelineFacts (the reading’s longitudinal block)', () => {
  const t = buildTimelines([st('a', '20260112'), st('b', '20260309'), st('c', '20260504')], { choices: { excluded: { b: true } } })[0];
  it('gives patient, ISO date, baseline, exclusions and the alignment of the current study', () => {
    expect(timelineFacts(t, 'c', alignment)).toEqual({
      patientId: 'P1', issuer: 'H', studyDate: '2026-05-04', baselineStudyInstanceUID: 'a', excludedStudyInstanceUIDs: ['b'],
      alignment: { priorStudyInstanceUID: 'a', rotation: [1, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [0, 0, 10], method: 'landmark', landmark: { priorMm: [0, 0, 10], currentMm: [0, 0, 0] } },
    });
  });
  it('leaves the alignment out of the prior’s reading, and refuses studies without ID or date', () => {
    expect(timelineFacts(t, 'a', alignment)?.alignment).toBeUndefined();
    expect(timelineFacts(buildTimelines([st('x', '', 'P2')])[0], 'x', null)).toBeUndefined();
    expect(timelineFacts(buildTimelines([st('y', '20260101', '')])[0], 'y', null)).toBeUndefined();
  });
});
