import { describe, expect, it } from 'vitest';
import type { Lesion } from '../../model/lesion';
import type { ShapeMeasurement } from '../../worker/measureShape';
import { valueOf, type Results } from '../lesionColumns';

const lesion = { id: 'l1', version: 2, seriesUIDs: ['ct', 'pt'] } as unknown as Lesion;
const result = (unit: string, extra: Record<string, unknown> = {}) => ({
  linesMm: [], areaMm2: null,
  result: { unit, mean: 40, sd: 1, min: 1, max: 90, p10: 2, voxelCount: 100, volumeMl: 4.56789, modality: unit === 'HU' ? 'CT' : 'PT', ...extra },
}) as unknown as ShapeMeasurement;
const suv = { type: 'SUVbw', max: 7.891, mean: 4, peak: 6, mtvMl: 4.5, tlg: 18 };

describe('lesion table columns', () => {
  it('main value: SUVmax of the PET series before the CT mean', () => {
    const results: Results = { l1: { ct: { version: 2, measurement: result('HU') }, pt: { version: 2, measurement: result('SUVbw', { suv }) } } } as unknown as Results;
    expect(valueOf(lesion, 'main', results)).toMatchObject({ value: 7.891, unit: 'SUVbw', tag: 'SUV' });
    expect(valueOf(lesion, 'volume', results)).toMatchObject({ value: 4.56789, unit: 'mL' });
  });
  it('main value of CT alone is the mean in HU; ADC maps give the ADC mean', () => {
    const ct: Results = { l1: { ct: { version: 2, measurement: result('HU') } } } as unknown as Results;
    expect(valueOf(lesion, 'main', ct)).toMatchObject({ value: 40, unit: 'HU', tag: 'HU' });
    const adc: Results = { l1: { ct: { version: 2, measurement: result('10^-3 mm2/s') } } } as unknown as Results;
    expect(valueOf(lesion, 'main', adc)).toMatchObject({ value: 40, tag: 'ADC' });
  });
  it('a PET threshold ROI: the thresholded lesion\'s values, never its CT search sphere\'s', () => {
    const pet = { ...lesion, shape: { kind: 'petThreshold' } } as unknown as Lesion;
    const results: Results = { l1: { ct: { version: 2, measurement: result('HU', { volumeMl: 113.85 }) }, pt: { version: 2, measurement: result('SUVbw', { suv, volumeMl: 14.78 }) } } } as unknown as Results;
    expect(valueOf(pet, 'volume', results)).toMatchObject({ value: 14.78, unit: 'mL' });
    expect(valueOf(pet, 'main', results)).toMatchObject({ value: 7.891, tag: 'SUV' });
    // Without its PET result yet, nothing (not the sphere's volume).
    const ctOnly: Results = { l1: { ct: results.l1.ct } } as unknown as Results;
    expect(valueOf(pet, 'volume', ctOnly)).toBeNull();
  });
  it('ignores results of an older version of the shape', () => {
    const stale: Results = { l1: { ct: { version: 1, measurement: result('HU') } } } as unknown as Results;
    expect(valueOf(lesion, 'main', stale)).toBeNull();
  });
});
