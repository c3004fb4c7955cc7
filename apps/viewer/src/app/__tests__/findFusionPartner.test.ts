import { describe, expect, it } from 'vitest';
import { chooseFusionPartner, findFusionPartner } from '../findFusionPartner';
import type { SeriesEntry } from '../types';

const s = (uid: string, study: string, modality: string, n: number, notVolumeReason?: string): SeriesEntry => ({
  seriesInstanceUID: uid, studyInstanceUID: study, modality, seriesDescription: '', instanceCount: n, imageIds: [], source: 'files', notVolumeReason,
});

describe('findFusionPartner', () => {
  const all = [s('ct-small', 'A', 'CT', 2), s('ct', 'A', 'CT', 150), s('pt', 'A', 'PT', 94), s('ct-other', 'B', 'CT', 300), s('ct-bad', 'A', 'CT', 400, 'gap')];
  it('pairs a PET with the largest volumetric CT of the same study', () => {
    expect(findFusionPartner(all[2], all)?.seriesInstanceUID).toBe('ct');
  });
  it('pairs a CT with the PET of its study', () => {
    expect(findFusionPartner(all[1], all)?.seriesInstanceUID).toBe('pt');
  });
  it('has no partner for other modalities or a study without PET', () => {
    expect(findFusionPartner(s('mr', 'A', 'MR', 10), all)).toBeUndefined();
    expect(findFusionPartner(all[3], all)).toBeUndefined();
  });
});

describe('chooseFusionPartner (review finding 8)', () => {
  const f = (uid: string, modality: string, n: number, frame: string | undefined, seriesDescription = ''): SeriesEntry => ({
    seriesInstanceUID: uid, studyInstanceUID: 'A', modality, seriesDescription, instanceCount: n, imageIds: [], source: 'files', ...(frame ? { frameOfReferenceUID: frame } : {}),
  });
  it('a diagnostic CT in another frame of reference does not beat the PET\'s low-dose CT', () => {
    const pet = f('pt', 'PT', 300, 'F1'), ldct = f('ldct', 'CT', 300, 'F1'), diag = f('diag', 'CT', 600, 'F2');
    const c = chooseFusionPartner(pet, [pet, ldct, diag]);
    expect(c.partner?.seriesInstanceUID).toBe('ldct');
    expect(c.otherFrame.map((x) => x.seriesInstanceUID)).toEqual(['diag']);
  });
  it('only CTs in another frame: no partner, the other-frame CT named', () => {
    const pet = f('pt', 'PT', 300, 'F1'), diag = f('diag', 'CT', 600, 'F2');
    const c = chooseFusionPartner(pet, [pet, diag]);
    expect(c.partner).toBeUndefined();
    expect(c.otherFrame.map((x) => x.seriesInstanceUID)).toEqual(['diag']);
  });
  it('AC and NAC PETs of the same size: the attenuation-corrected one, whatever the load order', () => {
    const ct = f('ct', 'CT', 300, 'F1'), nac = f('nac', 'PT', 300, 'F1', 'PET WB NAC'), ac = f('ac', 'PT', 300, 'F1', 'PET WB AC');
    expect(chooseFusionPartner(ct, [ct, nac, ac]).partner?.seriesInstanceUID).toBe('ac');
    expect(chooseFusionPartner(ct, [ct, ac, nac]).partner?.seriesInstanceUID).toBe('ac');
    expect(chooseFusionPartner(ct, [ct, ac, nac]).tiedWith).toEqual([]);
  });
  it('two equal PETs are reported as a tie', () => {
    const ct = f('ct', 'CT', 300, 'F1'), a = f('a', 'PT', 300, 'F1', 'PET WB'), b = f('b', 'PT', 300, 'F1', 'PET WB 2');
    const c = chooseFusionPartner(ct, [ct, a, b]);
    expect(c.partner?.seriesInstanceUID).toBe('a');
    expect(c.tiedWith.map((x) => x.seriesInstanceUID)).toEqual(['b']);
  });
  it('series without a frame of reference (not parsed yet) are not excluded', () => {
    const pet = f('pt', 'PT', 300, 'F1'), ct = f('ct', 'CT', 300, undefined);
    expect(chooseFusionPartner(pet, [pet, ct]).partner?.seriesInstanceUID).toBe('ct');
  });
});
