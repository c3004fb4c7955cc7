import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { SeriesEntry, StudyEntry } from '../../../app/types';
import { createStudiesSlice, type StudiesSlice } from '../studiesSlice';
import { derivedNote } from '../derivedNote';

const study: StudyEntry = { studyInstanceUID: '1.2', patientName: 'P', patientId: 'ID', studyDate: '20260101', studyDescription: 'S', source: 'demo' };
const dwi: SeriesEntry = { seriesInstanceUID: '1.2.3', studyInstanceUID: '1.2', modality: 'MR', seriesDescription: 'DWI', seriesNumber: 3, instanceCount: 4, imageIds: [], source: 'demo' };
const adc: SeriesEntry = { ...dwi, seriesInstanceUID: '1.2.3.8001', seriesDescription: 'ADC map (Caliper, log-linear fit b=0,500)', instanceCount: 2 };

describe('studies slice: derived series', () => {
  it('addDerivedSeries lists a series in its loaded study; removeSeries drops it and its thumbnail', () => {
    const s = createStore<StudiesSlice>()((...a) => createStudiesSlice(...a));
    s.getState().addStudy(study, [dwi]);
    s.getState().addDerivedSeries(adc);
    s.getState().setThumbnail(adc.seriesInstanceUID, 'data:x');
    expect(Object.keys(s.getState().series)).toEqual(['1.2.3', '1.2.3.8001']);
    s.getState().removeSeries(adc.seriesInstanceUID);
    expect(Object.keys(s.getState().series)).toEqual(['1.2.3']);
    expect(s.getState().thumbnails).toEqual({});
  });
  it('a derived series of a study that is not listed is ignored', () => {
    const s = createStore<StudiesSlice>()((...a) => createStudiesSlice(...a));
    s.getState().addDerivedSeries(adc);
    expect(s.getState().series).toEqual({});
  });
});

describe('derivedNote', () => {
  it('an ADC map row shows its unit; the tooltip names the source series and the fit', () => {
    const n = derivedNote({ adc: { scale: 1, offset: 0 }, seriesDescription: adc.seriesDescription }, dwi);
    expect(n.unit).toBe('10^-3 mm2/s');
    expect(n.title).toContain('from DWI (#3)');
    expect(n.title).toContain('log-linear least squares');
  });
  it('a DCE map row shows its unit; the tooltip names the source and the fit', () => {
    const n = derivedNote({ seriesDescription: 'Ktrans /min (Caliper extended Tofts LM, parker AIF)', unit: '/min' }, { seriesDescription: 'DCE', seriesNumber: 7 });
    expect(n.unit).toBe('/min');
    expect(n.title).toContain('from DCE (#7): Ktrans /min (Caliper extended Tofts LM, parker AIF)');
  });
});
