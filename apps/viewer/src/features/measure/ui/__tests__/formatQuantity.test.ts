import { describe, expect, it } from 'vitest';
import { displayUnit, formatNumber, formatQuantity } from '../formatQuantity';

describe('formatQuantity', () => {
  it('rounds lengths to 0.1 mm and volumes to 0.01 mL', () => {
    expect(formatQuantity(23.456, 'mm')).toBe('23.5 mm');
    expect(formatQuantity(0.04, 'mm')).toBe('0.0 mm');
    expect(formatQuantity(4.5678, 'mL')).toBe('4.57 mL');
    expect(formatQuantity(1234.005, 'mL')).toBe('1234.01 mL');
  });
  it('sets units in typographic form', () => {
    expect(formatQuantity(1.12549, '10^-3 mm2/s')).toBe('1.125 ×10⁻³ mm²/s');
    expect(formatQuantity(153.27, 'mm2')).toBe('153.3 mm²');
    expect(displayUnit('mm3')).toBe('mm³');
    expect(displayUnit('SUVbw·mL')).toBe('SUVbw·mL');
  });
  it('gives SUV to 0.01, HU to 0.1 and counts whole', () => {
    expect(formatQuantity(7.8949, 'SUVbw')).toBe('7.89 SUVbw');
    expect(formatQuantity(-12.34, 'HU')).toBe('−12.3 HU');
    expect(formatQuantity(812.4, 'count')).toBe('812');
  });
  it('never shows a negative zero and marks a missing value', () => {
    expect(formatNumber(-0.02, 'mm')).toBe('0.0');
    expect(formatQuantity(null, 'mm')).toBe('–');
    expect(formatQuantity(Number.NaN, 'mL')).toBe('–');
  });
  it('falls back to 3 significant decimals by magnitude for other units', () => {
    expect(formatNumber(1.23456, 'a.u.')).toBe('1.235');
    expect(formatNumber(12.3456)).toBe('12.35');
    expect(formatNumber(250)).toBe('250');
  });
});
