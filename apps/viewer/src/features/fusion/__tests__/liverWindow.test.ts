import { describe, expect, it } from 'vitest';
import { liverWindow } from '../liverWindow';

describe('liverWindow', () => {
  it('upper = 3 × liver mean SUV, rounded to 0.5', () => {
    expect(liverWindow(2)).toEqual([0, 6]);
    expect(liverWindow(2.1)).toEqual([0, 6.5]);
    expect(liverWindow(1.6)).toEqual([0, 5]);
  });
  it('is kept within SUV 2–30', () => {
    expect(liverWindow(0.2)).toEqual([0, 2]);
    expect(liverWindow(15)).toEqual([0, 30]);
  });
  it('is undefined without a usable liver mean', () => {
    expect(liverWindow(null)).toBeUndefined();
    expect(liverWindow(0)).toBeUndefined();
    expect(liverWindow(Number.NaN)).toBeUndefined();
  });
});
