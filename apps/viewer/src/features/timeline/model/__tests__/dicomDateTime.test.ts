import { describe, expect, it } from 'vitest';
import { dicomDateToDay, dicomTimeToSeconds } from '../dicomDateTime';

describe('DICOM DA / TM', () => {
  it('counts calendar days', () => {
    expect(dicomDateToDay('19700102')).toBe(1);
    expect(dicomDateToDay('20260309')! - dicomDateToDay('20260112')!).toBe(56);
    expect(dicomDateToDay('20240301')! - dicomDateToDay('20240228')!).toBe(2); // leap year
    expect(dicomDateToDay('2026.01.12')).toBe(dicomDateToDay('20260112'));
  });
  it('rejects empty and impossible dates', () => {
    for (const d of ['', '2026011', '20261301', '20260230', 'abcdefgh', undefined]) expect(dicomDateToDay(d)).toBeUndefined();
  });
  it('reads times with omitted parts and fractions', () => {
    expect(dicomTimeToSeconds('095500')).toBe(9 * 3600 + 55 * 60);
    expect(dicomTimeToSeconds('09')).toBe(9 * 3600);
    expect(dicomTimeToSeconds('0955')).toBe(9 * 3600 + 55 * 60);
    expect(dicomTimeToSeconds('095500.5')).toBeCloseTo(9 * 3600 + 55 * 60 + 0.5);
    expect(dicomTimeToSeconds('09:55:00')).toBe(9 * 3600 + 55 * 60);
    expect(dicomTimeToSeconds('256000')).toBeUndefined();
    expect(dicomTimeToSeconds('')).toBeUndefined();
  });
});
