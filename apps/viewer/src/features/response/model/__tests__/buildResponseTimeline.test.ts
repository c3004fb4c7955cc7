import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { MeasureResult } from '@caliper/engine';
import { assessResponse } from '@caliper/response';
import type { Lesion, LesionTracking } from '../../../measure/model/lesion';
import type { LesionResult } from '../../../measure/model/measureSlice';
import { buildResponseTimeline } from '../buildResponseTimeline';
import type { BuildInput } from '../buildResponseTimeline';

const P = patientPoint;
const result = (over: Partial<MeasureResult>): MeasureResult => ({
  series: null, modality: 'CT', unit: 'HU', voxelCount: 10, volumeMl: 1, mean: null, sd: null, min: null, max: null, median: null, p10: null, p90: null,
  recist: null, maxDiameter3dMm: null, surfaceMm2: null, sphericity: null, suv: null, adc: null, ...over,
});
const STUDIES = [
  { studyInstanceUID: '1.1', date: '2025-01-06' },
  { studyInstanceUID: '1.2', date: '2025-03-03' },
  { studyInstanceUID: '1.3', date: '2025-04-28' },
];
const ctOf = (study: string) => `${study}.ct`;
const petOf = (study: string) => `${study}.pt`;

function recist(id: string, study: string, long: number, short: number, tracking: Partial<LesionTracking> & { uid: string; label: string }): { lesion: Lesion; results: Record<string, LesionResult> } {
  const lesion: Lesion = {
    id, name: tracking.label, location: '', role: 'target', tool: 'bidirectional', version: 1, seriesUIDs: [ctOf(study)], focusMm: P(0, 0, 0),
    shape: { kind: 'lines', segments: [[P(0, 0, 0), P(long, 0, 0)], [P(0, 0, 0), P(0, short, 0)]] },
    tracking: { role: 'target', nodal: false, status: 'measured', ...tracking },
  };
  return { lesion, results: { [ctOf(study)]: { version: 1, measurement: { result: result({}), linesMm: [long, short], areaMm2: null } } } };
}

function input(items: { lesion: Lesion; results: Record<string, LesionResult> }[]): BuildInput {
  return {
    timepoints: STUDIES,
    lesions: items.map((i) => i.lesion),
    results: Object.fromEntries(items.map((i) => [i.lesion.id, i.results])),
    studyOfSeries: (uid) => uid.split('.').slice(0, 2).join('.'),
    series: (uid) => ({ modality: uid.endsWith('.pt') ? 'PT' : 'CT', sulPerSuvbw: 0.8 }),
  };
}

describe('buildResponseTimeline', () => {
  it('joins lesions across studies by Tracking UID and gives RECIST 1.1 PR then PD by a new lesion', () => {
    const t1 = { uid: '2.25.1', label: 'T1', organ: 'liver' };
    const t2 = { uid: '2.25.2', label: 'T2', organ: 'lung' };
    const built = buildResponseTimeline(input([
      recist('a', '1.1', 30, 20, t1), recist('b', '1.1', 20, 12, t2),
      recist('c', '1.2', 20, 14, t1), recist('d', '1.2', 15, 10, t2),
      recist('e', '1.3', 20, 14, t1), recist('f', '1.3', 15, 10, t2),
      recist('g', '1.3', 12, 8, { uid: '2.25.9', label: 'L7', role: 'new' }),
    ]));
    expect(built.notes).toEqual([]);
    expect(built.rows.map((r) => [r.id, r.role])).toEqual([['T1', 'target'], ['T2', 'target'], ['L7', 'new']]);
    const r = assessResponse(built.timeline, 'recist1.1');
    expect(r.baseline.sumMm).toBe(50);
    expect(r.timepoints.map((t) => t.response)).toEqual(['PR', 'PD']);
    expect(r.timepoints[1].newLesions).toEqual(['L7']);
  });
  it('a baseline lesion not assessed at a read follow-up is not evaluable, with a note; an unread follow-up is left out', () => {
    const t1 = { uid: '2.25.1', label: 'T1' }, t2 = { uid: '2.25.2', label: 'T2' };
    const built = buildResponseTimeline(input([recist('a', '1.1', 30, 20, t1), recist('b', '1.1', 20, 10, t2), recist('c', '1.2', 20, 14, t1)]));
    expect(built.timeline.timepoints.map((t) => t.date)).toEqual(['2025-01-06', '2025-03-03']);
    expect(built.unread.map((t) => t.date)).toEqual(['2025-04-28']);
    expect(built.timeline.timepoints[1].lesions[1]).toEqual({ id: 'T2', role: 'target', nodal: false, status: 'not-evaluable' });
    expect(built.notes).toEqual(['2025-03-03: T2 not assessed yet (counted as not evaluable)']);
    expect(assessResponse(built.timeline, 'recist1.1').timepoints[0].response).toBe('NE');
  });
  it('a result for an older shape version is pending: not evaluable, never a stale number', () => {
    const a = recist('a', '1.1', 30, 20, { uid: '2.25.1', label: 'T1' });
    const b = recist('b', '1.2', 20, 14, { uid: '2.25.1', label: 'T1' });
    b.lesion = { ...b.lesion, version: 2 };
    const built = buildResponseTimeline(input([a, b]));
    expect(built.timeline.timepoints[1].lesions[0].status).toBe('not-evaluable');
    expect(built.notes[0]).toMatch(/T1 is still being measured/);
  });
  it('SULpeak = SUVbw peak × LBM/weight; liver reference SULmean/SD per timepoint; PSMA-TV = PET ROI volumes', () => {
    const pet = (id: string, study: string, peak: number, tracking: Partial<LesionTracking> & { uid: string; label: string }, ref?: 'liver') => {
      const lesion: Lesion = {
        id, name: tracking.label, location: '', role: 'target', tool: 'sphere', version: 1, seriesUIDs: [petOf(study)], focusMm: P(0, 0, 0),
        shape: { kind: 'sphere', center: P(0, 0, 0), radiusMm: 10 }, ...(ref ? { referenceRegion: ref } : { tracking: { role: 'target', nodal: false, status: 'measured', ...tracking } }),
      };
      const res = result({ modality: 'PT', unit: 'SUVbw', mean: peak / 2, sd: 0.25, recist: { longMm: 20, shortMm: 18 } as never, suv: { type: 'SUVbw', max: peak * 1.2, mean: peak / 2, peak, peakCenterMm: null, mtvMl: 4.2, tlg: 1 } });
      return { lesion, results: { [petOf(study)]: { version: 1, measurement: { result: res, linesMm: [], areaMm2: null } } } as Record<string, LesionResult> };
    };
    const built = buildResponseTimeline({ ...input([pet('a', '1.1', 10, { uid: '2.25.1', label: 'T1' }), pet('liver', '1.1', 5, { uid: 'x', label: 'liver' }, 'liver')]), timepoints: STUDIES.slice(0, 1) });
    const [tp] = built.timeline.timepoints;
    expect(tp.lesions).toHaveLength(1);
    expect(tp.lesions[0]).toMatchObject({ id: 'T1', sulPeak: 8, suvMax: 12, longMm: 20, shortMm: 18, volumeMl: 1 });
    expect(tp.liverSulMean).toBeCloseTo(2, 12);
    expect(tp.liverSulSd).toBeCloseTo(0.2, 12);
    expect(tp.psmaTvMl).toBeCloseTo(4.2, 12);
  });
  it('with a whole-body burden: PSMA-TV = its TMTV (not the PET ROIs), highest confirmed Deauville, SULpeak = max SUVpeak × 0.8; a follow-up read only with the burden counts', () => {
    const burden = (study: string) => (study === '1.1'
      ? { lesions: [{ suvPeak: 10, deauville: 4 }, { suvPeak: 7, deauville: 5 }], tmtvMl: 30, sulPerSuvbw: 0.8 }
      : study === '1.2' ? { lesions: [{ suvPeak: 5 }], tmtvMl: 12, sulPerSuvbw: 0.8 } : undefined);
    const built = buildResponseTimeline({ ...input([recist('a', '1.1', 30, 20, { uid: '2.25.1', label: 'T1' })]), burden });
    expect(built.unread.map((t) => t.studyInstanceUID)).toEqual(['1.3']);
    expect(built.timeline.timepoints.map((t) => [t.psmaTvMl, t.wholeBodyDeauville, t.wholeBodySulPeak])).toEqual([[30, 5, 8], [12, undefined, 4]]);
    // RECIP: 30 → 12 mL is −60 % without a new lesion.
    expect(assessResponse(built.timeline, 'recip1.0').timepoints[0]).toMatchObject({ response: 'PR-RECIP', changeFromBaselinePct: -60 });
  });
});
