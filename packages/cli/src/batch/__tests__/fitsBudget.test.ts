import { describe, expect, it } from 'vitest';
import { fitsBudget } from '../fitsBudget';

describe('fitsBudget', () => {
  const s = { running: 1, runningMb: 600, workers: 2, budgetMb: 1000 };
  it('starts an item while the estimates fit the budget', () => {
    expect(fitsBudget(s, 400)).toBe(true);
    expect(fitsBudget(s, 401)).toBe(false);
  });
  it('never more items than workers', () => {
    expect(fitsBudget({ ...s, running: 2, runningMb: 20 }, 1)).toBe(false);
  });
  it('an item larger than the budget runs alone', () => {
    expect(fitsBudget({ ...s, running: 0, runningMb: 0 }, 5000)).toBe(true);
  });
});
