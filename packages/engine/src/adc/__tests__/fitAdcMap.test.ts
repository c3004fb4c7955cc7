import { describe, expect, it } from 'vitest';
import { fitAdcMap } from '../fitAdcMap';

describe('fitAdcMap (log-linear least squares, 10^-3 mm²/s)', () => {
  it('recovers an exact mono-exponential with 2 and 4 b-values', () => {
    const D = 1.5e-3; // mm²/s
    const b = [0, 500, 1000, 1500];
    const imgs = b.map((bv) => Float32Array.of(1000 * Math.exp(-bv * D), 200 * Math.exp(-bv * 0.7e-3)));
    const adc = fitAdcMap(imgs, b);
    expect(adc[0]).toBeCloseTo(1.5, 4);
    expect(adc[1]).toBeCloseTo(0.7, 4);
    const two = fitAdcMap([imgs[0], imgs[2]], [0, 1000]);
    expect(two[0]).toBeCloseTo(1.5, 4);
  });
  it('is the least-squares slope for noisy data (3 b-values, hand computed)', () => {
    // y = ln S = [ln 100, ln 60, ln 30] at b = 0, 500, 1000: slope = (y2 - y0)/1000 (b symmetric)
    const adc = fitAdcMap([Float64Array.of(100), Float64Array.of(60), Float64Array.of(30)], [0, 500, 1000]);
    expect(adc[0]).toBeCloseTo((Math.log(100) - Math.log(30)) / 1000 * 1000, 5);
  });
  it('zero for non-positive signal or low b0 signal; errors on bad input', () => {
    const b0 = Int16Array.of(100, 0, 5, 100), b1 = Int16Array.of(50, 10, 2, -1);
    expect(Array.from(fitAdcMap([b0, b1], [0, 1000], { minSignal: 10 })).map((x) => +x.toFixed(4))).toEqual([+(Math.log(2)).toFixed(4), 0, 0, 0]);
    expect(() => fitAdcMap([b0], [0])).toThrow();
    expect(() => fitAdcMap([b0, b1], [500, 500])).toThrow();
  });
  it('writes into out and honours [start, end)', () => {
    const out = new Float32Array(2).fill(-1);
    fitAdcMap([Float32Array.of(10, 10), Float32Array.of(5, 5)], [0, 1000], { out, start: 1, end: 2 });
    expect(out[0]).toBe(-1);
    expect(out[1]).toBeCloseTo(Math.log(2), 6);
  });
});
