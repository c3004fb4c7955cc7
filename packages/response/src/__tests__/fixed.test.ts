import { describe, expect, it } from 'vitest';
import { atLeastPct, atMostPct, pctChange, roundHalfAway, toFixed } from '../arith/fixed';
import { dayNumber, daysBetween } from '../arith/dates';

describe('fixed-point arithmetic', () => {
  it('rounds inputs to integer units half away from zero, without binary noise', () => {
    expect(toFixed(32.45, 10)).toBe(325);
    expect(toFixed(70.1, 10)).toBe(701);
    expect(toFixed(-12.25, 10)).toBe(-123);
    expect(toFixed(0.005, 100)).toBe(1);
    expect(toFixed(1.005, 100)).toBe(101);
    expect(roundHalfAway(-0.5)).toBe(-1);
  });
  it('makes the contract boundaries exact', () => {
    expect(atMostPct(350, 500, -30)).toBe(true); // 50 → 35 mm: exactly −30 %
    expect(pctChange(350, 500)).toBe(-30);
    expect(atMostPct(701, 1000, -30)).toBe(false); // 100 → 70.1: −29.9 %
    expect(pctChange(701, 1000)).toBe(-29.9);
    expect(atLeastPct(420, 350, 20)).toBe(true); // 35 → 42: exactly +20 %
    expect(pctChange(420, 350)).toBe(20);
    expect(atLeastPct(419, 350, 20)).toBe(false);
  });
  it('rounds percentages to 0.1 half away from zero; null against 0', () => {
    expect(pctChange(1, 3)).toBe(-66.7);
    expect(pctChange(2, 3)).toBe(-33.3);
    expect(pctChange(1001, 1000)).toBe(0.1);
    expect(pctChange(10005, 10000)).toBe(0.1); // 0.05 % → 0.1 (half away from zero)
    expect(pctChange(9995, 10000)).toBe(-0.1);
    expect(pctChange(5, 0)).toBeNull();
  });
  it('counts calendar days and rejects impossible dates', () => {
    expect(daysBetween('2025-01-06', '2025-03-03')).toBe(56);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(dayNumber('2025-02-30')).toBeNull();
    expect(dayNumber('2025-1-6')).toBeNull();
  });
});
