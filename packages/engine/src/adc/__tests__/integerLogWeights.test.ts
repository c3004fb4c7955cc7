import { describe, expect, it } from 'vitest';
import { integerLogWeights } from '../integerLogWeights';
import { fitAdcMap } from '../fitAdcMap';

describe('integerLogWeights', () => {
  it('b = 0, 500, 1000, 1500 -> n = -3, -1, 1, 3 and scale = -(500/2)/1.25e6·1000... ', () => {
    const w = integerLogWeights([0, 500, 1000, 1500])!;
    expect(Array.from(w.n)).toEqual([-3, -1, 1, 3]);
    // w_b = -(b - 750)/Sxx·1000, Sxx = 1.25e6: w_0 = 0.6 = -3·scale -> scale = -0.2
    expect(w.scale).toBeCloseTo(-0.2, 12);
  });
  it('falls back (null) for non-integer b-values or high orders', () => {
    expect(integerLogWeights([0, 500.5])).toBeNull();
    expect(integerLogWeights([0, 1, 1000])).toBeNull();
  });
  it('product path equals the per-b log sum', () => {
    const imgs = [Float32Array.of(900, 3), Float32Array.of(500, 2), Float32Array.of(300, 1.5), Float32Array.of(170, 1), Float32Array.of(100, 0.9)];
    const b = [0, 250, 500, 1000, 1500];
    const fast = fitAdcMap(imgs, b);
    // reference: explicit least-squares slope
    for (let v = 0; v < 2; v++) {
      const y = imgs.map((im) => Math.log(im[v]));
      const bm = b.reduce((s, x) => s + x, 0) / 5, ym = y.reduce((s, x) => s + x, 0) / 5;
      const slope = b.reduce((s, x, q) => s + (x - bm) * (y[q] - ym), 0) / b.reduce((s, x) => s + (x - bm) ** 2, 0);
      expect(fast[v]).toBeCloseTo(-slope * 1000, 5);
    }
  });
});

describe('fitAdcMap paths agree', () => {
  it('16-bit table path = float path = explicit logs', () => {
    const b = [0, 500, 1000, 1500];
    const u16 = b.map((bv, q) => Uint16Array.of(1000, Math.round(800 * Math.exp(-bv * 1e-3)), 0, 40000 - q * 7000));
    const f64 = u16.map((a) => Float64Array.from(a));
    const i16 = u16.map((a) => Int16Array.from(a, (x) => Math.min(x, 32767)));
    const viaTable = fitAdcMap(u16, b), viaFloat = fitAdcMap(f64, b);
    for (let v = 0; v < 4; v++) expect(viaTable[v]).toBeCloseTo(viaFloat[v], 6);
    expect(viaTable[2]).toBe(0);
    expect(fitAdcMap(i16, b)[1]).toBeCloseTo(viaFloat[1], 6);
    // 3 b-values through the generic table loop
    expect(fitAdcMap(u16.slice(0, 3), b.slice(0, 3))[1]).toBeCloseTo(fitAdcMap(f64.slice(0, 3), b.slice(0, 3))[1], 6);
  });
});
