import { describe, expect, it } from 'vitest';
import { fmt, formatDate, formatPersonName } from '../formatDicom';

describe('DICOM display formatting', () => {
  it('formats person names', () => {
    expect(formatPersonName('Doe^Jane^Q')).toBe('Doe, Jane Q');
    expect(formatPersonName('Anonymous')).toBe('Anonymous');
    expect(formatPersonName('Yamada^Tarou=山田^太郎')).toBe('Yamada, Tarou');
  });
  it('formats dates', () => {
    expect(formatDate('20240102')).toBe('2024-01-02');
    expect(formatDate('2024')).toBe('2024');
  });
  it('formats numbers', () => {
    expect(fmt(1.25, 1)).toBe('1.3');
    expect(fmt(undefined)).toBe('—');
    expect(fmt(NaN)).toBe('—');
  });
});
