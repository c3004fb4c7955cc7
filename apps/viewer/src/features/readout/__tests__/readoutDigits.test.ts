import { describe, expect, it } from 'vitest';
import { ADC_UNIT, readoutDigits } from '../readoutDigits';

describe('readoutDigits', () => {
  it('HU 0, SUV 2, ADC (10^-3 mm2/s) 3 — 1 µm²/s steps — else 1', () => {
    expect(readoutDigits('HU')).toBe(0);
    expect(readoutDigits('SUVbw')).toBe(2);
    expect(readoutDigits('SUL')).toBe(2);
    expect(ADC_UNIT).toBe('10^-3 mm2/s');
    expect(readoutDigits(ADC_UNIT)).toBe(3);
    expect(readoutDigits('Bq/mL')).toBe(1);
    expect(readoutDigits('raw')).toBe(1);
  });
});
