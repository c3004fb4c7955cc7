import { describe, expect, it } from 'vitest';
import { createRng } from '../createRng';

describe('createRng', () => {
  it('normal draws have mean 0 and variance 1 (n = 200 000, 5 σ bounds)', () => {
    const r = createRng(42);
    const n = 200_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const x = r.normal();
      s += x;
      s2 += x * x;
    }
    expect(Math.abs(s / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(s2 / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
  });

  it('is reproducible for a seed', () => {
    const a = createRng(9);
    const b = createRng(9);
    for (let i = 0; i < 10; i++) expect(a.uniform()).toBe(b.uniform());
  });
});
