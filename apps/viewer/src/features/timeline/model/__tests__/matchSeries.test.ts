import { describe, expect, it } from 'vitest';
import { matchSeries, rankPriors, type MatchableSeries } from '../matchSeries';
import { orientationOf } from '../orientationOf';
import { descriptionSimilarity } from '../descriptionSimilarity';

const AX = [1, 0, 0, 0, 1, 0];
const SAG = [0, 1, 0, 0, 0, -1];
const COR = [1, 0, 0, 0, 0, -1];
const s = (uid: string, modality: string, seriesDescription: string, extra: Partial<MatchableSeries> = {}): MatchableSeries => ({
  seriesInstanceUID: uid,
  modality,
  seriesDescription,
  ...extra,
});

describe('orientationOf', () => {
  it('names the plane from the slice normal', () => {
    expect(orientationOf(AX)).toBe('axial');
    expect(orientationOf(SAG)).toBe('sagittal');
    expect(orientationOf(COR)).toBe('coronal');
    // 20° tilt about L is still axial; 45° is oblique.
    const c = Math.cos(Math.PI / 9), t = Math.sin(Math.PI / 9);
    expect(orientationOf([1, 0, 0, 0, c, t])).toBe('axial');
    expect(orientationOf([1, 0, 0, 0, Math.SQRT1_2, Math.SQRT1_2])).toBe('oblique');
    expect(orientationOf(undefined)).toBeUndefined();
    expect(orientationOf([1, 0, 0, 1, 0, 0])).toBeUndefined();
  });
});

describe('descriptionSimilarity', () => {
  it('ignores case, punctuation and order', () => {
    expect(descriptionSimilarity('CT CHEST W/ CONTRAST', 'contrast chest ct w')).toBe(1);
    expect(descriptionSimilarity('DWI b800', 'T2 AX')).toBeLessThan(0.2);
    expect(descriptionSimilarity('T2W TSE AX', 'T2 TSE axial')).toBeGreaterThan(descriptionSimilarity('T2W TSE AX', 'DWI b0 50 400 800'));
    expect(descriptionSimilarity('', '')).toBe(0.5);
  });
});

describe('matchSeries', () => {
  const prior = [
    s('p-ct', 'CT', 'CT chest abdomen', { bodyPartExamined: 'CHEST', imageOrientationPatient: AX }),
    s('p-pt', 'PT', 'FDG PET WB', { imageOrientationPatient: AX }),
    s('p-dwi', 'MR', 'DWI b0 50 400 800', { imageOrientationPatient: AX }),
    s('p-t2', 'MR', 'T2 TSE axial', { imageOrientationPatient: AX }),
    s('p-t2sag', 'MR', 'T2 TSE sagittal', { imageOrientationPatient: SAG }),
  ];
  const current = [
    s('c-t2', 'MR', 'T2 TSE axial', { imageOrientationPatient: AX }),
    s('c-pt', 'PT', 'FDG PET WB', { imageOrientationPatient: AX }),
    s('c-dwi', 'MR', 'DWI b0 50 400 800', { imageOrientationPatient: AX }),
    s('c-ct', 'CT', 'CT chest abdomen', { bodyPartExamined: 'CHEST', imageOrientationPatient: AX }),
  ];

  it('pairs by modality, orientation and description, one-to-one, CT first', () => {
    const m = matchSeries(prior, current);
    expect(m.map((x) => [x.currentSeriesUID, x.priorSeriesUID])).toEqual([
      ['c-ct', 'p-ct'],
      ['c-dwi', 'p-dwi'],
      ['c-t2', 'p-t2'],
      ['c-pt', 'p-pt'],
    ]);
    expect(m[0].reasons).toContain('same body part CHEST');
  });

  it('never pairs different modalities', () => {
    expect(matchSeries([s('p', 'CT', 'abdomen')], [s('c', 'MR', 'abdomen')])).toEqual([]);
  });

  it('prefers the same plane over a similar description', () => {
    const r = rankPriors(s('c', 'MR', 'T2 TSE', { imageOrientationPatient: SAG }), prior);
    expect(r[0].priorSeriesUID).toBe('p-t2sag');
  });

  it('penalises a different body part', () => {
    const r = rankPriors(s('c', 'CT', 'CT', { bodyPartExamined: 'CHEST' }), [s('head', 'CT', 'CT', { bodyPartExamined: 'HEAD' }), s('chest', 'CT', 'CT', { bodyPartExamined: 'CHEST' })]);
    expect(r.map((x) => x.priorSeriesUID)).toEqual(['chest', 'head']);
    expect(r[1].reasons).toContain('body part HEAD vs CHEST');
  });
});
