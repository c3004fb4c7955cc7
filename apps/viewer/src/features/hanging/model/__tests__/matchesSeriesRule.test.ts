import { describe, expect, it } from 'vitest';
import { matchesSeriesRule } from '../matchesSeriesRule';
import { chooseSeries } from '../chooseSeries';
import { demoStudy } from './demoStudies';

const [ct, pet, dwi, t2, adc] = demoStudy('1.1');

describe('matchesSeriesRule', () => {
  it('modality (case-insensitive), description and body part regexes', () => {
    expect(matchesSeriesRule({ modality: 'ct' }, ct)).toBe(true);
    expect(matchesSeriesRule({ modality: 'CT' }, pet)).toBe(false);
    expect(matchesSeriesRule({ description: 't2' }, t2)).toBe(true);
    expect(matchesSeriesRule({ description: '^t2$' }, t2)).toBe(false);
    expect(matchesSeriesRule({ bodyPart: 'chest|thorax' }, ct)).toBe(true);
    expect(matchesSeriesRule({ bodyPart: 'head' }, { ...ct, bodyPart: undefined })).toBe(false);
  });

  it('orientation from ImageOrientationPatient (axial, sagittal, coronal; unknown matches none)', () => {
    expect(matchesSeriesRule({ orientation: 'axial' }, ct)).toBe(true);
    expect(matchesSeriesRule({ orientation: 'sagittal' }, { ...ct, imageOrientationPatient: [0, 1, 0, 0, 0, -1] })).toBe(true);
    expect(matchesSeriesRule({ orientation: 'coronal' }, { ...ct, imageOrientationPatient: [1, 0, 0, 0, 0, -1] })).toBe(true);
    expect(matchesSeriesRule({ orientation: 'axial' }, { ...ct, imageOrientationPatient: undefined })).toBe(false);
  });

  it('diffusion (≥ 2 b-values), ADC, derived and image-count flags', () => {
    expect(matchesSeriesRule({ diffusion: true }, dwi)).toBe(true);
    expect(matchesSeriesRule({ diffusion: true }, { ...dwi, bValues: [800] })).toBe(false);
    expect(matchesSeriesRule({ diffusion: false }, t2)).toBe(true);
    expect(matchesSeriesRule({ adc: true }, adc)).toBe(true);
    expect(matchesSeriesRule({ adc: true, derived: false }, adc)).toBe(false);
    expect(matchesSeriesRule({ minImages: 100 }, ct)).toBe(true);
    expect(matchesSeriesRule({ minImages: 100 }, t2)).toBe(false);
  });
});

describe('chooseSeries', () => {
  it('prefers a series the protocol does not show yet', () => {
    expect(chooseSeries({ modality: 'MR' }, [dwi, t2])?.seriesInstanceUID).toBe(dwi.seriesInstanceUID);
    expect(chooseSeries({ modality: 'MR' }, [dwi, t2], new Set([dwi.seriesInstanceUID]))?.seriesInstanceUID).toBe(t2.seriesInstanceUID);
  });
  it('then the most b-values, stored before derived, the most images, the lowest series number', () => {
    const dwi2 = { ...dwi, seriesInstanceUID: 'b2', bValues: [0, 1000] };
    expect(chooseSeries({ diffusion: true }, [dwi2, dwi])?.seriesInstanceUID).toBe(dwi.seriesInstanceUID);
    const stored = { ...adc, seriesInstanceUID: 'stored', derived: false, instanceCount: 1 };
    expect(chooseSeries({ adc: true }, [adc, stored])?.seriesInstanceUID).toBe('stored');
    const thin = { ...ct, seriesInstanceUID: 'thin', instanceCount: 400, seriesNumber: 9 };
    expect(chooseSeries({ modality: 'CT' }, [ct, thin])?.seriesInstanceUID).toBe('thin');
    expect(chooseSeries({ modality: 'CT' }, [{ ...ct, seriesInstanceUID: 'n7', seriesNumber: 7 }, ct])?.seriesInstanceUID).toBe(ct.seriesInstanceUID);
    expect(chooseSeries({ modality: 'US' }, [ct])).toBeUndefined();
  });
});
