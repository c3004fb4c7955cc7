import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, parseTimelineState } from '../timelineStorage';

const alignment = {
  priorStudyUID: '1.2',
  currentStudyUID: '1.3',
  priorSeriesUID: '1.2.1',
  currentSeriesUID: '1.3.1',
  transform: { rotation: [1, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [0, 0, 12.5] },
  method: 'landmark',
  landmark: { priorMm: [0, 0, 12.5], currentMm: [0, 0, 0] },
  updatedAt: '2026-05-04T10:00:00.000Z',
};

describe('saved timeline choices', () => {
  it('round-trips a valid state', () => {
    const s = { version: 1, baselines: { k: '1.2' }, excluded: { '1.4': true }, alignments: { a: alignment } };
    expect(parseTimelineState(JSON.stringify(s))).toEqual({ state: s });
  });
  it('ignores absent, corrupt, other-version and non-rigid data with a reason', () => {
    expect(parseTimelineState(null)).toEqual({ state: EMPTY_STATE });
    expect(parseTimelineState('{').problem).toMatch(/not valid JSON/);
    expect(parseTimelineState(JSON.stringify({ ...EMPTY_STATE, version: 2 })).problem).toMatch(/invalid/);
    const scaled = { ...alignment, transform: { rotation: [2, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [0, 0, 0] } };
    const r = parseTimelineState(JSON.stringify({ ...EMPTY_STATE, alignments: { a: scaled } }));
    expect(r.state).toEqual(EMPTY_STATE);
    expect(r.problem).toMatch(/rigid/);
  });
});
