import { describe, expect, it } from 'vitest';
import { nextSmoothSize, planFft } from '../fft/planFft';
import { transformFft3d } from '../fft/transformFft3d';
import { transformFftLines } from '../fft/transformFftLines';

/** Naive DFT for reference. */
function dft(re: number[], im: number[], inverse = false): [number[], number[]] {
  const n = re.length, s = inverse ? 1 : -1;
  const or: number[] = [], oi: number[] = [];
  for (let k = 0; k < n; k++) {
    let a = 0, b = 0;
    for (let t = 0; t < n; t++) {
      const w = (s * 2 * Math.PI * k * t) / n;
      a += re[t] * Math.cos(w) - im[t] * Math.sin(w);
      b += re[t] * Math.sin(w) + im[t] * Math.cos(w);
    }
    or.push(a);
    oi.push(b);
  }
  return [or, oi];
}

let seed = 7;
const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;

describe('mixed-radix FFT', () => {
  it('nextSmoothSize gives the next 2·3·5-smooth length', () => {
    expect([1, 7, 11, 13, 199, 51, 97].map(nextSmoothSize)).toEqual([1, 8, 12, 15, 200, 54, 100]);
  });

  it.each([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 25, 30, 45, 60, 64, 75, 100, 120])('length %i matches the naive DFT, forward and inverse', (n) => {
    const re = Array.from({ length: n }, rnd), im = Array.from({ length: n }, rnd);
    const plan = planFft(n);
    for (const inverse of [false, true]) {
      const [er, ei] = dft(re, im, inverse);
      const r = Float64Array.from(re), i = Float64Array.from(im);
      transformFftLines(plan, r, i, 0, 1, 1, new Float64Array(n), new Float64Array(n), inverse);
      for (let k = 0; k < n; k++) {
        expect(r[k]).toBeCloseTo(er[k], 9);
        expect(i[k]).toBeCloseTo(ei[k], 9);
      }
    }
  });

  it('transforms interleaved lines (batch) like single lines', () => {
    const n = 12, B = 3;
    const re = Float64Array.from({ length: n * B }, rnd), im = Float64Array.from({ length: n * B }, rnd);
    const plan = planFft(n);
    const r = re.slice(), i = im.slice();
    transformFftLines(plan, r, i, 0, B, B, new Float64Array(n * B), new Float64Array(n * B), false);
    for (let b = 0; b < B; b++) {
      const [er, ei] = dft(Array.from({ length: n }, (_, t) => re[t * B + b]), Array.from({ length: n }, (_, t) => im[t * B + b]));
      for (let k = 0; k < n; k++) {
        expect(r[k * B + b]).toBeCloseTo(er[k], 9);
        expect(i[k * B + b]).toBeCloseTo(ei[k], 9);
      }
    }
  });

  it('3D forward then inverse returns the input ×N, with and without pruning', () => {
    const dims = [6, 5, 4] as const, N = 120;
    const re = new Float64Array(N), im = new Float64Array(N);
    for (let k = 0; k < 2; k++) for (let j = 0; j < 3; j++) for (let i = 0; i < 4; i++) re[i + 6 * (j + 5 * k)] = rnd();
    const r = re.slice(), i = im.slice();
    transformFft3d(r, i, dims, false, { box: [4, 3, 2] });
    const full = re.slice(), fi = im.slice();
    transformFft3d(full, fi, dims, false);
    for (let q = 0; q < N; q++) expect(r[q]).toBeCloseTo(full[q], 10);
    transformFft3d(r, i, dims, true, { box: [4, 3, 2] });
    for (let k = 0; k < 2; k++)
      for (let j = 0; j < 3; j++)
        for (let x = 0; x < 4; x++) {
          const q = x + 6 * (j + 5 * k);
          expect(r[q] / N).toBeCloseTo(re[q], 10);
        }
  });
});
