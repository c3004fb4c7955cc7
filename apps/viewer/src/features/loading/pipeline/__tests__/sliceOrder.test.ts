import { describe, expect, it } from 'vitest';
import { middleOut, nextPending } from '../sliceOrder';

describe('middleOut', () => {
  it('starts in the middle and alternates below/above until every slice is listed once', () => {
    expect(middleOut(5)).toEqual([2, 1, 3, 0, 4]);
    expect(middleOut(4)).toEqual([2, 1, 3, 0]);
    expect(middleOut(1)).toEqual([0]);
    expect(middleOut(0)).toEqual([]);
  });
  it('starts where asked (clamped) and still covers the whole series', () => {
    expect(middleOut(5, 0)).toEqual([0, 1, 2, 3, 4]);
    expect(middleOut(5, 9)).toEqual([4, 3, 2, 1, 0]);
    expect([...middleOut(300, 17)].sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });
});

describe('nextPending', () => {
  it('takes the queue head without focus, the slice nearest the cursor with it', () => {
    expect(nextPending([7, 3, 9], undefined)).toBe(0);
    expect(nextPending([7, 3, 9], 8)).toBe(0); // 7 and 9 tie at 1: the lower slice
    expect(nextPending([7, 3, 9], 2)).toBe(1);
    expect(nextPending([], 2)).toBe(-1);
  });
});
