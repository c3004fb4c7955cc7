import type { VoxelArray } from '@caliper/core';
import { integerLogWeights } from './integerLogWeights';
import { logTable16 } from './logTable16';

export interface FitAdcMapOptions {
  /** Voxels whose lowest-b signal is below this (raw signal units) get ADC 0. Default 0. */
  readonly minSignal?: number;
  /** Output buffer (same length as each image), reused between calls. */
  readonly out?: Float32Array;
  /** Fit only voxels [start, end) (for chunked / cancellable computation). Default all. */
  readonly start?: number;
  readonly end?: number;
}

/**
 * ADC map by log-linear least squares over all b-values: ln S_b = ln S0 − b·D per voxel, so
 * D = −Σ w_b ln S_b with precomputed weights w_b = (b − b̄) / Σ(b − b̄)². Output in 10⁻³ mm²/s
 * (b in s/mm²). A voxel with any non-positive signal, or with lowest-b signal below `minSignal`,
 * gets 0 (no fit). Negative fits (noise) are kept as computed. Needs ≥ 2 distinct b-values.
 * Speed: 8/16-bit integer images use a 64 K-entry log table (no logarithm per voxel); float
 * images with integer b-values take one log of a product (see integerLogWeights); otherwise one
 * log per b-value. All paths give the same result to ~1e-12.
 */
export function fitAdcMap(images: readonly VoxelArray[], bValues: readonly number[], options: FitAdcMapOptions = {}): Float32Array {
  const nb = images.length;
  if (nb !== bValues.length) throw new Error(`fitAdcMap: ${nb} images but ${bValues.length} b-values`);
  if (nb < 2) throw new Error('fitAdcMap: needs at least 2 b-values');
  const n = images[0].length;
  for (const im of images) if (im.length !== n) throw new Error('fitAdcMap: images differ in size');
  const mean = bValues.reduce((a, b) => a + b, 0) / nb;
  const sxx = bValues.reduce((a, b) => a + (b - mean) ** 2, 0);
  if (!(sxx > 0)) throw new Error('fitAdcMap: b-values must not all be equal');
  // Scale to 10^-3 mm^2/s and fold in the minus sign.
  const w = Float64Array.from(bValues, (b) => (-(b - mean) / sxx) * 1000);
  const low = bValues.indexOf(Math.min(...bValues));
  const out = options.out ?? new Float32Array(n);
  const minSignal = options.minSignal ?? 0;
  const start = options.start ?? 0, end = options.end ?? n;
  const lowImg = images[low];
  if (images.every(isSmallInt)) return fitTable(images, w, lowImg, minSignal, out, start, end);
  const iw = integerLogWeights(bValues);
  if (iw) return fitProduct(images, iw.n, iw.scale, lowImg, minSignal, out, start, end);
  for (let v = start; v < end; v++) {
    let acc = 0, okv = lowImg[v] >= minSignal;
    for (let q = 0; q < nb && okv; q++) {
      const s = images[q][v];
      if (s > 0) acc += w[q] * Math.log(s);
      else okv = false;
    }
    out[v] = okv ? acc : 0;
  }
  return out;
}

const isSmallInt = (a: VoxelArray): boolean => a instanceof Uint16Array || a instanceof Int16Array || a instanceof Uint8Array || a instanceof Int8Array;

/** Table path for 8/16-bit images: ln S by lookup (negative Int16 values index nothing -> NaN). */
function fitTable(images: readonly VoxelArray[], w: Float64Array, lowImg: VoxelArray, minSignal: number, out: Float32Array, start: number, end: number): Float32Array {
  const lut = logTable16();
  const nb = images.length;
  if (nb === 4) {
    const [a, b, c, d] = images;
    const [wa, wb, wc, wd] = w;
    for (let v = start; v < end; v++) {
      const sa = a[v], sb = b[v], sc = c[v], sd = d[v];
      out[v] = sa > 0 && sb > 0 && sc > 0 && sd > 0 && lowImg[v] >= minSignal ? wa * lut[sa] + wb * lut[sb] + wc * lut[sc] + wd * lut[sd] : 0;
    }
    return out;
  }
  for (let v = start; v < end; v++) {
    let acc = 0, okv = lowImg[v] >= minSignal;
    for (let q = 0; q < nb; q++) {
      const s = images[q][v];
      if (s > 0) acc += w[q] * lut[s];
      else okv = false;
    }
    out[v] = okv ? acc : 0;
  }
  return out;
}

/** s^e for a small non-negative integer e, by multiplication (Math.pow is ~8× slower here). */
const ipow = (s: number, e: number): number => {
  switch (e) {
    case 0: return 1;
    case 1: return s;
    case 2: return s * s;
    case 3: return s * s * s;
    case 4: { const t = s * s; return t * t; }
    default: { let x = 1; for (let q = 0; q < e; q++) x *= s; return x; }
  }
};

/** One log per voxel: scale · ln(Π_{n>0} S^n / Π_{n<0} S^-n). */
function fitProduct(images: readonly VoxelArray[], n: Int32Array, scale: number, lowImg: VoxelArray, minSignal: number, out: Float32Array, start: number, end: number): Float32Array {
  const nb = images.length;
  if (nb === 4) return fitProduct4(images, n, scale, lowImg, minSignal, out, start, end);
  for (let v = start; v < end; v++) {
    let num = 1, den = 1, okv = lowImg[v] >= minSignal;
    for (let q = 0; q < nb; q++) {
      const s = images[q][v], e = n[q];
      if (!(s > 0)) okv = false;
      if (e > 0) num *= ipow(s, e);
      else den *= ipow(s, -e);
    }
    out[v] = okv ? scale * Math.log(num / den) : 0;
  }
  return out;
}

/** Unrolled 4-b-value case (the common clinical protocol). */
function fitProduct4(images: readonly VoxelArray[], n: Int32Array, scale: number, lowImg: VoxelArray, minSignal: number, out: Float32Array, start: number, end: number): Float32Array {
  const [a, b, c, d] = images;
  const [ea, eb, ec, ed] = n;
  const pa = Math.abs(ea), pb = Math.abs(eb), pc = Math.abs(ec), pd = Math.abs(ed);
  for (let v = start; v < end; v++) {
    const sa = a[v], sb = b[v], sc = c[v], sd = d[v];
    if (!(sa > 0 && sb > 0 && sc > 0 && sd > 0 && lowImg[v] >= minSignal)) {
      out[v] = 0;
      continue;
    }
    const xa = ipow(sa, pa), xb = ipow(sb, pb), xc = ipow(sc, pc), xd = ipow(sd, pd);
    const num = (ea > 0 ? xa : 1) * (eb > 0 ? xb : 1) * (ec > 0 ? xc : 1) * (ed > 0 ? xd : 1);
    const den = (ea < 0 ? xa : 1) * (eb < 0 ? xb : 1) * (ec < 0 ? xc : 1) * (ed < 0 ? xd : 1);
    out[v] = scale * Math.log(num / den);
  }
  return out;
}
