import { describe, expect, it } from 'vitest';
import { measureRoi } from '../measureRoi';
import { toMeasurements } from '../toMeasurements';
import { makeGeometry, makeMask, makeVolume } from '../../testing/fixtures';

describe('measureRoi', () => {
  // 3x1x1 PET line, 4 mm voxels; ROI = all three voxels with SUV 1, 2, 6
  const g = makeGeometry([3, 1, 1], [4, 4, 4]);
  const pet = makeVolume(g, Float32Array.of(1, 2, 6), 'SUVbw', 'PT');
  const mask = makeMask([3, 1, 1], [1, 1, 1]);
  it('produces the CLI JSON shape with hand-computed values', () => {
    const r = measureRoi(pet, mask, { series: 'S1' });
    expect(Object.keys(r)).toEqual([
      'series', 'modality', 'unit', 'voxelCount', 'volumeMl', 'mean', 'sd', 'min', 'max', 'median', 'p10', 'p90',
      'recist', 'maxDiameter3dMm', 'maxDiameter3dEndpoints', 'surfaceMm2', 'sphericity', 'suv', 'adc',
    ]);
    expect(r).toMatchObject({ series: 'S1', modality: 'PT', unit: 'SUVbw', voxelCount: 3, mean: 3, min: 1, max: 6, median: 2, adc: null });
    expect(r.volumeMl).toBeCloseTo(0.192, 12);
    expect(r.sd).toBeCloseTo(Math.sqrt(14 / 3), 12);
    // p10: h = 0.2 -> 1.2 ; p90: h = 1.8 -> 2 + 0.8·4 = 5.2
    expect(r.p10).toBeCloseTo(1.2, 12);
    expect(r.p90).toBeCloseTo(5.2, 12);
    expect(r.recist).toMatchObject({ longMm: 8, shortMm: 0, sliceIndex: 0, long: [[0, 0, 0], [8, 0, 0]] });
    expect(r.maxDiameter3dMm).toBeCloseTo(12, 12);
    // peak: around voxel 2 -> (2 + 6)/2 = 4 ; around 1 -> 3
    expect(r.suv).toMatchObject({ type: 'SUVbw', max: 6, mean: 3, peak: 4, peakCenterMm: [8, 0, 0] });
    expect(r.suv!.tlg).toBeCloseTo(3 * 0.192, 12);
    expect(JSON.parse(JSON.stringify(r)).recist.long).toEqual([[0, 0, 0], [8, 0, 0]]);
  });
  it('suvError suppresses SUV; non-SUV units have suv null; ADC provenance passes through', () => {
    const e = measureRoi(pet, mask, { suvError: 'PatientWeight missing' });
    expect(e.suv).toBeNull();
    expect(e.suvError).toBe('PatientWeight missing');
    const adc = measureRoi(makeVolume(g, pet.data, '10^-3 mm2/s'), mask, { adc: { bValues: [0, 1000], fit: 'log-linear least squares' } });
    expect(adc.suv).toBeNull();
    expect(adc.adc).toEqual({ bValues: [0, 1000], fit: 'log-linear least squares' });
  });
  it('empty ROI gives nulls, not NaN', () => {
    const r = measureRoi(pet, makeMask([3, 1, 1], [0, 0, 0]));
    expect([r.voxelCount, r.mean, r.recist, r.surfaceMm2, r.suv]).toEqual([0, null, null, null, null]);
  });
  it('toMeasurements attaches units', () => {
    const ms = toMeasurements(measureRoi(pet, mask));
    expect(ms.find((m) => m.name === 'SUVpeak')).toMatchObject({ value: 4, unit: 'SUVbw' });
    expect(ms.find((m) => m.name === 'TLG')!.unit).toBe('SUVbw·mL');
    expect(ms.find((m) => m.name === 'volume')).toMatchObject({ unit: 'mL' });
  });
});
