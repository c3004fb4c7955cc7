import { describe, expect, it } from 'vitest';
import { autoWindowApplies } from '../autoWindowApplies';
import { liverWindowRefusal } from '../liverWindow';

const start = { petUID: '1.2.pet', range: [0, 5] as const };

describe('autoWindowApplies (review finding 11: the auto window does not override the reader)', () => {
  it('applies when nothing changed meanwhile', () => {
    expect(autoWindowApplies(start, { petUID: '1.2.pet', range: [0, 5] }, true)).toBe(true);
  });
  it('not over a window the reader chose while the liver was measured (0–10 click)', () => {
    expect(autoWindowApplies(start, { petUID: '1.2.pet', range: [0, 10] }, true)).toBe(false);
  });
  it('not when the fused PET changed, nor for a superseded request', () => {
    expect(autoWindowApplies(start, { petUID: '1.2.other', range: [0, 5] }, true)).toBe(false);
    expect(autoWindowApplies(start, { petUID: undefined, range: [0, 5] }, true)).toBe(false);
    expect(autoWindowApplies(start, { petUID: '1.2.pet', range: [0, 5] }, false)).toBe(false);
  });
});

describe('liverWindowRefusal (review finding 3: no SUV window on a Bq/mL PET)', () => {
  it('SUVbw display and liver mean: allowed', () => {
    expect(liverWindowRefusal('SUVbw', 'SUVbw')).toBeUndefined();
  });
  it('Bq/mL display: refused, saying why', () => {
    expect(liverWindowRefusal('Bq/mL', 'Bq/mL')).toBe('the PET is shown in Bq/mL, not SUVbw (SUV not computable from its header)');
  });
  it('SUVbw display but the liver measured on a Bq/mL engine volume: refused', () => {
    expect(liverWindowRefusal('SUVbw', 'Bq/mL')).toBe('the liver mean is in Bq/mL, not SUVbw');
  });
});
