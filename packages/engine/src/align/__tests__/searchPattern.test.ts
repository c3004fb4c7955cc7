import { describe, expect, it } from 'vitest';
import { searchPattern } from '../searchPattern';

describe('searchPattern (compass search, maximising)', () => {
  it('finds the peak of a separable quadratic exactly (parabolic last step)', () => {
    const f = (x: Float64Array) => -((x[0] - 1.3) ** 2) - 2 * (x[1] + 0.7) ** 2;
    const x = new Float64Array([0, 0]);
    const r = searchPattern(f, x, { steps: [1, 1], minScale: 1 / 8 });
    expect(x[0]).toBeCloseTo(1.3, 10);
    expect(x[1]).toBeCloseTo(-0.7, 10);
    expect(r.value).toBeCloseTo(0, 12);
    expect(r.evaluations).toBeLessThan(60);
  });
  it('walks far with a small step (keeps stepping while it improves) and respects maxEvaluations', () => {
    const f = (x: Float64Array) => -Math.abs(x[0] - 37);
    const x = new Float64Array([0]);
    searchPattern(f, x, { steps: [2], minScale: 1 / 4, parabolic: false });
    expect(x[0]).toBe(37);
    const y = new Float64Array([0]);
    const r = searchPattern(f, y, { steps: [2], maxEvaluations: 5 });
    expect(r.evaluations).toBe(5);
    expect(y[0]).toBe(8); // start + 4 improving steps of 2
  });
  it('never returns a worse point than the start', () => {
    const f = (x: Float64Array) => (x[0] === 0 ? 1 : 0);
    const x = new Float64Array([0]);
    expect(searchPattern(f, x, { steps: [1] }).value).toBe(1);
    expect(x[0]).toBe(0);
  });
});
