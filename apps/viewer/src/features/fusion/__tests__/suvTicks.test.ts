import { describe, expect, it } from 'vitest';
import { formatTick, suvTicks } from '../suvTicks';

describe('suvTicks', () => {
  it('places ticks at round SUVs', () => {
    expect(suvTicks(0, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(suvTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(suvTicks(0, 15)).toEqual([0, 5, 10, 15]);
    expect(suvTicks(0, 7.5)).toEqual([0, 2, 4, 6]);
    expect(suvTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(suvTicks(1.3, 4.2)).toEqual([2, 3, 4]);
  });

  it('never gives more than maxTicks ticks', () => {
    for (let u = 0.5; u <= 40; u += 0.5) expect(suvTicks(0, u, 6).length).toBeLessThanOrEqual(6);
  });

  it('gives nothing for an empty or reversed range', () => {
    expect(suvTicks(5, 5)).toEqual([]);
    expect(suvTicks(5, 0)).toEqual([]);
    expect(suvTicks(0, Number.NaN)).toEqual([]);
  });

  it('labels with the decimals the step needs', () => {
    expect(formatTick(4, 2)).toBe('4');
    expect(formatTick(0.4, 0.2)).toBe('0.4');
    expect(formatTick(0.05, 0.05)).toBe('0.05');
  });
});
