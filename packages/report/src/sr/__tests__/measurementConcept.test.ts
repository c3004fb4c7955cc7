import { describe, expect, it } from 'vitest';
import { conceptForMeasurement, nameForConcept, privateConcept } from '../measurementConcept';
import { unitFromUcum, UCUM } from '../../dicom/ucum';
import { formatDS } from '../contentItems';

describe('measurement concepts', () => {
  it('RECIST axes and sizes use SNOMED CT concepts', () => {
    expect(conceptForMeasurement('Long axis', 'mm').concept).toMatchObject({ value: '103339001', scheme: 'SCT' });
    expect(conceptForMeasurement('Short axis', 'mm').concept).toMatchObject({ value: '103340004', scheme: 'SCT' });
    expect(conceptForMeasurement('Volume', 'mL').concept).toMatchObject({ value: '118565006', scheme: 'SCT' });
    expect(conceptForMeasurement('Area', 'mm2').concept).toMatchObject({ value: '42798000', scheme: 'SCT' });
  });
  it('PET statistics: SUVbw quantity with a derivation; MTV and TLG have their own DCM codes', () => {
    expect(conceptForMeasurement('SUVpeak', 'SUVbw')).toMatchObject({ concept: { value: '126401', scheme: 'DCM' }, derivation: { value: '126031', scheme: 'DCM' } });
    expect(conceptForMeasurement('SUVmax', 'SUVbw').derivation).toMatchObject({ value: '56851009' });
    expect(conceptForMeasurement('SULpeak', 'SUL').concept).toMatchObject({ value: '126402' });
    expect(conceptForMeasurement('MTV', 'mL').concept).toMatchObject({ value: '126032', scheme: 'DCM' });
    expect(conceptForMeasurement('TLG', 'SUVbw·mL').concept).toMatchObject({ value: '126033', scheme: 'DCM' });
  });
  it('HU and ADC statistics', () => {
    expect(conceptForMeasurement('Mean', 'HU')).toMatchObject({ concept: { value: '112031' }, derivation: { value: '373098007' } });
    expect(conceptForMeasurement('SD', 'HU').derivation).toMatchObject({ value: '386136009' });
    expect(conceptForMeasurement('ADC min', '10^-3 mm2/s')).toMatchObject({ concept: { value: '113041' }, derivation: { value: '255605001' } });
  });
  it('names come back in canonical form, legacy SRT codes included', () => {
    expect(nameForConcept({ value: '126401', scheme: 'DCM', meaning: 'SUVbw' }, { value: '126031', scheme: 'DCM', meaning: '' }, 'SUVbw')).toEqual({ name: 'SUVpeak' });
    expect(nameForConcept({ value: '112031', scheme: 'DCM', meaning: '' }, { value: 'R-00317', scheme: 'SRT', meaning: 'Mean' }, 'HU')).toEqual({ name: 'Mean' });
    expect(nameForConcept({ value: 'G-D705', scheme: 'SRT', meaning: 'Volume' }, undefined, 'mL')).toEqual({ name: 'Volume' });
    expect(nameForConcept({ value: '113041', scheme: 'DCM', meaning: '' }, { value: '56851009', scheme: 'SCT', meaning: '' }, '10^-3 mm2/s')).toEqual({ name: 'ADC max' });
  });
  it('unknown concepts are errors, private ones keep their name', () => {
    expect(nameForConcept({ value: '999999', scheme: 'DCM', meaning: 'Bogus' }, undefined, 'mm')).toHaveProperty('error');
    expect(nameForConcept(privateConcept('Voxel count'), undefined, 'count')).toEqual({ name: 'Voxel count' });
  });
});

describe('UCUM units', () => {
  it('SUV, HU and ADC units', () => {
    expect(UCUM.SUVbw.value).toBe('{SUVbw}g/ml');
    expect(UCUM.HU.value).toBe("[hnsf'U]");
    expect(UCUM['10^-6 mm2/s'].value).toBe('um2/s');
  });
  it('every unit maps back to itself; foreign spellings convert', () => {
    for (const [unit, code] of Object.entries(UCUM)) expect(unitFromUcum(code.value)).toEqual({ unit, scale: 1 });
    expect(unitFromUcum('mm2/s')).toEqual({ unit: '10^-3 mm2/s', scale: 1000 });
    expect(unitFromUcum('cm3')).toEqual({ unit: 'mL', scale: 1 });
    expect(unitFromUcum('furlong')).toBeUndefined();
  });
});

describe('formatDS', () => {
  it('fits 16 characters', () => {
    expect(formatDS(12.345678901234567)).toBe('12.3456789012346');
    expect(formatDS(-0.000123456789012345).length).toBeLessThanOrEqual(16);
    expect(Math.abs(Number(formatDS(-0.000123456789012345)) / -0.000123456789012345 - 1)).toBeLessThan(1e-10);
    expect(formatDS(5)).toBe('5');
  });
});
