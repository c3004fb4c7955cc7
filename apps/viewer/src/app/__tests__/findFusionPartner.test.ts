import { describe, expect, it } from 'vitest';
import { findFusionPartner } from '../findFusionPartner';
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
