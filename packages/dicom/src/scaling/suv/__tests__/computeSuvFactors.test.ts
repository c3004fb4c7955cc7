import { describe, expect, it } from 'vitest';
import { averageCountRateTime } from '../averageCountRateTime';
import { bsaDuBoisCm2, idealBodyWeightG, lbmJames128G, lbmJanmahasatianG, lbmMorganG } from '../bodySize';
import { computeSuvFactors } from '../computeSuvFactors';
import { parseDicomDateTime, parseDicomTime } from '../dicomDateTime';
import type { PetSuvTags } from '../types';

// 70 kg, 368.08 MBq F-18 at 10:00, scan 11:00: factor = 70000 / (368.08e6 · 2^(−3600/6586.2)).
const F = 70000 / (368.08e6 * Math.pow(2, -3600 / 6586.2));
const base: PetSuvTags = {
  units: 'BQML',
  decayCorrection: 'START',
  correctedImage: ['ATTN', 'DECY'],
  patientWeightKg: 70,
  seriesDate: '20250101',
  seriesTime: '110000',
  acquisitionDate: '20250101',
  acquisitionTime: '110000',
  radionuclideTotalDose: 368.08e6,
  radionuclideHalfLifeS: 6586.2,
  radiopharmaceuticalStartDateTime: '20250101100000',
};
const factor = (t: Partial<PetSuvTags>, o = {}) => {
  const r = computeSuvFactors([{ ...base, ...t }], o);
  if (!r.ok) throw new Error(r.error);
  return r.value.factorPerInstance[0];
};
const reason = (t: Partial<PetSuvTags>) => {
  const r = computeSuvFactors([{ ...base, ...t }]);
  return r.ok ? 'ok' : r.error;
};

describe('body size formulas (hand values; library values from calculate-suv tests for 75 kg, 1.85 m)', () => {
  it('BSA Du Bois', () => expect(bsaDuBoisCm2(75, 1.85)).toBeCloseTo(19813.758427117766, 6));
  it('LBM Morgan (calculate-suv "James")', () => {
    expect(lbmMorganG(75, 1.85, 'M')).toBeCloseTo(62777.57487216947, 6);
    expect(lbmMorganG(75, 1.85, 'F')).toBeCloseTo(55925.67567567568, 6);
  });
  it('LBM Janmahasatian', () => {
    expect(lbmJanmahasatianG(75, 1.85, 'M')).toBeCloseTo(60915.335886519744, 6);
    expect(lbmJanmahasatianG(75, 1.85, 'F')).toBeCloseTo(49214.37996837613, 6);
  });
  it('LBMJAMES128 male 70 kg 1.75 m = 77 − 128·0.16 = 56.52 kg', () => expect(lbmJames128G(70, 1.75, 'M')).toBeCloseTo(56520, 6));
  it('IBW sex O = mean(72.38, 66.43) kg at 1.75 m', () => expect(idealBodyWeightG(1.75, 'O')).toBeCloseTo(69405, 6));
});

describe('time helpers', () => {
  it('parses TM with fractions and colons', () => {
    expect(parseDicomTime('110230.05')).toBeCloseTo(39750.05, 9);
    expect(parseDicomTime('11:02:30')).toBe(39750);
    expect(parseDicomTime('11')).toBe(39600);
  });
  it('DT with UTC offset', () => expect(parseDicomDateTime('20250101100000+0100')! - parseDicomDateTime('20250101090000')!).toBe(0));
  it('Tave ≈ T/2 for short frames, exact formula for 603 s F-18', () => {
    expect(averageCountRateTime(1, 6586.2)).toBeCloseTo(0.5, 4);
    const l = Math.LN2 / 6586.2;
    expect(averageCountRateTime(603, 6586.2)).toBeCloseTo(Math.log((l * 603) / (1 - Math.exp(-l * 603))) / l, 9);
  });
});

describe('computeSuvFactors: decision rules', () => {
  it('baseline BQML/START', () => expect(factor({})).toBeCloseTo(F, 12));
  it('dose in MBq', () => expect(factor({ radionuclideTotalDose: 368.08 })).toBeCloseTo(F, 12));
  it('weight in grams', () => expect(factor({ patientWeightKg: 70000 })).toBeCloseTo(F, 12));
  it('ADMIN: no decay', () => expect(factor({ decayCorrection: 'ADMIN' })).toBeCloseTo(70000 / 368.08e6, 14));
  it('start time only, across midnight', () =>
    expect(factor({ radiopharmaceuticalStartDateTime: undefined, radiopharmaceuticalStartTime: '233000', seriesDate: '20250102', seriesTime: '003000', acquisitionDate: '20250102', acquisitionTime: '003000' })).toBeCloseTo(F, 12));
  it('sub-second decay is kept (library gets whole seconds)', () =>
    expect(factor({ seriesTime: '110000.05', acquisitionTime: '110000.05' })).toBeCloseTo(F * Math.pow(2, 0.05 / 6586.2), 14));
  it('GE private scan time when SeriesTime is after AcquisitionTime', () =>
    expect(factor({ seriesTime: '113000', acquisitionTime: '105000', geScanDateTime: '20250101110000' })).toBeCloseTo(F, 12));
  it('overrides fill missing weight, dose, injection time', () =>
    expect(factor({ patientWeightKg: undefined, radionuclideTotalDose: undefined, radiopharmaceuticalStartDateTime: undefined }, { patientWeightKg: 70, radionuclideTotalDoseBq: 368.08e6, injectionDateTime: '2025-01-01T10:00:00' })).toBeCloseTo(F, 12));
  it('GML LBMJAMES128 male → W/LBM', () => expect(factor({ units: 'GML', suvType: 'LBMJAMES128', patientSex: 'M', patientSizeM: 1.75 })).toBeCloseTo(70 / 56.52, 12));
  it('SUL and SUVbsa factors follow SUVbw · X / W', () => {
    const r = computeSuvFactors([{ ...base, patientSizeM: 1.85, patientWeightKg: 75, patientSex: 'F' }]);
    if (!r.ok) throw new Error(r.error);
    const bw = r.value.factorPerInstance[0];
    expect(r.value.sul!.factorPerInstance[0]).toBeCloseTo((bw * 49214.37996837613) / 75000, 14);
    expect(r.value.suvbsa!.factorPerInstance[0]).toBeCloseTo((bw * 19813.758427117766) / 75000, 14);
  });
  it('reasons, and no number, when SUV cannot be computed', () => {
    expect(reason({ patientWeightKg: undefined })).toBe('PatientWeight missing');
    expect(reason({ radionuclideTotalDose: undefined })).toBe('RadionuclideTotalDose missing');
    expect(reason({ radionuclideHalfLifeS: undefined })).toBe('RadionuclideHalfLife missing');
    expect(reason({ radiopharmaceuticalStartDateTime: undefined })).toMatch(/injection time unknown/);
    expect(reason({ units: undefined })).toMatch(/Units .* missing/);
    expect(reason({ units: 'PROPCPS' })).toMatch(/cannot be converted/);
    expect(reason({ units: 'CNTS' })).toMatch(/Philips scale factor/);
    expect(reason({ units: 'CM2ML' })).toMatch(/PatientSize missing/);
    expect(reason({ correctedImage: ['DECY'] })).toMatch(/ATTN/);
  });
});
