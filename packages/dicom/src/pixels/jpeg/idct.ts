// 8×8 inverse DCT (T.81 A.3.3), separable floating point: lossy decoding only needs to be close.
const C = new Float64Array(64);
for (let x = 0; x < 8; x++) for (let u = 0; u < 8; u++) C[x * 8 + u] = (u === 0 ? Math.SQRT1_2 : 1) * Math.cos(((2 * x + 1) * u * Math.PI) / 16) / 2;

const tmp = new Float64Array(64);

/** In: dequantised coefficients in natural (row-major) order. Out: samples + 2^(P−1), clamped to [0, 2^P − 1]. */
export function idct8x8(coef: Float64Array, out: Float64Array, precision: number): void {
  for (let y = 0; y < 8; y++) {
    for (let x = 0; x < 8; x++) {
      let s = 0;
      for (let u = 0; u < 8; u++) s += C[x * 8 + u] * coef[y * 8 + u];
      tmp[y * 8 + x] = s;
    }
  }
  const shift = 1 << (precision - 1);
  const max = (1 << precision) - 1;
  for (let x = 0; x < 8; x++) {
    for (let y = 0; y < 8; y++) {
      let s = 0;
      for (let v = 0; v < 8; v++) s += C[y * 8 + v] * tmp[v * 8 + x];
      const r = Math.round(s + shift);
      out[y * 8 + x] = r < 0 ? 0 : r > max ? max : r;
    }
  }
}

/** Zig-zag scan position k → natural index (T.81 Figure A.6). */
export const ZIGZAG = Uint8Array.from([
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29,
  22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
]);
