import { describe, expect, it } from 'vitest';
import { fusionPairOf } from '../fusionPairOf';
import type { SeriesEntry } from '../types';

const s = (uid: string, study: string, modality: string, n: number, seriesDescription = '', notVolumeReason?: string): SeriesEntry => ({
  seriesInstanceUID: uid, studyInstanceUID: study, modality, seriesDescription, instanceCount: n, imageIds: [], source: 'files', notVolumeReason,
});
const uids = (p: ReturnType<typeof fusionPairOf>) => ('error' in p ? p.error : [p.ct.seriesInstanceUID, p.pet.seriesInstanceUID]);

describe('fusionPairOf', () => {
  const all = [
    s('1.2.840.1', 'A', 'CT', 150), s('1.2.840.2', 'A', 'PT', 94), s('1.2.840.3', 'A', 'MR', 20, 'ADC map'), s('1.2.840.4', 'A', 'PT', 30, 'bad', 'gap'),
    s('1.2.840.5', 'B', 'MR', 20, 'ADC map'), s('1.2.840.6', 'B', 'CT', 300), s('1.2.840.7', 'C', 'CT', 100, 'Thorax'),
  ];
  it('pairs a CT or a PET with its partner', () => {
    expect(uids(fusionPairOf(all[0], all))).toEqual(['1.2.840.1', '1.2.840.2']);
    expect(uids(fusionPairOf(all[1], all))).toEqual(['1.2.840.1', '1.2.840.2']);
  });
  it('from an ADC map (or any other series) opens the study\'s PET/CT', () => {
    expect(uids(fusionPairOf(all[2], all))).toEqual(['1.2.840.1', '1.2.840.2']);
  });
  it('says what is missing, in words, with no UID', () => {
    const mr = fusionPairOf(all[4], all);
    expect(mr).toEqual({ error: 'Fusion needs a PET and a CT of the same study: this study has no volumetric PET (active series: MR "ADC map")' });
    const ct = fusionPairOf(all[6], all);
    expect(ct).toEqual({ error: 'Fusion needs a PET and a CT of the same study: this study has no volumetric PET to fuse with CT "Thorax"' });
    for (const p of [mr, ct]) expect('error' in p && /\d+\.\d+\.\d+/.test(p.error)).toBe(false);
  });
});

describe('fusionPairOf: frames of reference and ties (review finding 8)', () => {
  const f = (uid: string, modality: string, n: number, frame: string, seriesDescription = '', seriesNumber?: number): SeriesEntry => ({
    seriesInstanceUID: uid, studyInstanceUID: 'A', modality, seriesDescription, instanceCount: n, imageIds: [], source: 'files', frameOfReferenceUID: frame, ...(seriesNumber ? { seriesNumber } : {}),
  });
  it('a PET whose only CT is in another frame: says so, in words', () => {
    const pet = f('pt', 'PT', 300, 'F1', 'PET WB', 4), ct = f('ct', 'CT', 600, 'F2', 'CT diagnostic', 2);
    expect(fusionPairOf(pet, [pet, ct])).toEqual({ error: 'Fusion needs a PET and a CT in the same frame of reference: the CT of this study (CT #2 "CT diagnostic") is in another frame than PT #4 "PET WB"' });
  });
  it('a tie is named in a note', () => {
    const ct = f('ct', 'CT', 300, 'F1', 'CT', 2), a = f('a', 'PT', 300, 'F1', 'PET WB', 4), b = f('b', 'PT', 300, 'F1', 'PET WB 2', 5);
    const p = fusionPairOf(ct, [ct, a, b]);
    expect(uids(p)).toEqual(['ct', 'a']);
    expect('note' in p && p.note).toBe('Fusion: PT #4 "PET WB" chosen; PT #5 "PET WB 2" is equally likely (same size) — open it from its own series to fuse it instead');
  });
  it('from another series: the study\'s attenuation-corrected PET with its CT', () => {
    const mr = f('mr', 'MR', 20, 'F3'), ct = f('ct', 'CT', 300, 'F1'), nac = f('nac', 'PT', 300, 'F1', 'NAC'), ac = f('ac', 'PT', 300, 'F1', 'AC');
    expect(uids(fusionPairOf(mr, [mr, ct, nac, ac]))).toEqual(['ct', 'ac']);
  });
});
