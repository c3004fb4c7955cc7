import { describe, expect, it } from 'vitest';
import { planEviction, type CachedSeries } from '../planEviction';

const MB = 1024 * 1024;
const s = (seriesUID: string, mb: number, lastUsed: number, pinned = false): CachedSeries => ({ seriesUID, bytes: mb * MB, lastUsed, pinned });

describe('planEviction', () => {
  it('evicts nothing while the total fits the budget', () => {
    expect(planEviction([s('a', 100, 1), s('b', 200, 2)], { budgetBytes: 300 * MB })).toEqual([]);
  });

  it('evicts least recently used first, only as many as needed', () => {
    // 100 + 200 + 150 + 50 = 500 MB over a 260 MB budget: drop c (used at 1) → 350, then a (at 2) → 250.
    const cached = [s('a', 100, 2), s('b', 200, 4), s('c', 150, 1), s('d', 50, 3)];
    expect(planEviction(cached, { budgetBytes: 260 * MB })).toEqual(['c', 'a']);
  });

  it('never evicts a pinned series, even the oldest; stays over budget if the pinned ones alone exceed it', () => {
    const cached = [s('shown', 400, 1, true), s('old', 100, 2), s('new', 100, 3)];
    // 600 over 450: the shown one (oldest) is skipped, old goes → 500, new goes → 400.
    expect(planEviction(cached, { budgetBytes: 450 * MB })).toEqual(['old', 'new']);
    expect(planEviction([s('shown', 400, 1, true)], { budgetBytes: 10 * MB })).toEqual([]);
  });

  it('a lower budget evicts more: the same cache at 1000, 300, 0 MB', () => {
    const cached = [s('a', 100, 1), s('b', 200, 2), s('c', 300, 3, true)];
    expect(planEviction(cached, { budgetBytes: 1000 * MB })).toEqual([]);
    expect(planEviction(cached, { budgetBytes: 500 * MB })).toEqual(['a']);
    expect(planEviction(cached, { budgetBytes: 300 * MB })).toEqual(['a', 'b']);
    expect(planEviction(cached, { budgetBytes: 0 })).toEqual(['a', 'b']);
  });
});
