import type { VoxelArray } from '@caliper/core';

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
  if (nb === 4) return fit4(images, w, lowImg, minSignal, out, start, end);
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

/** Unrolled 4-b-value loop (the common clinical protocol); same result as the generic loop. */
function fit4(images: readonly VoxelArray[], w: Float64Array, lowImg: VoxelArray, minSignal: number, out: Float32Array, start: number, end: number): Float32Array {
  const [a, b, c, d] = images;
  const [wa, wb, wc, wd] = w;
  for (let v = start; v < end; v++) {
    const sa = a[v], sb = b[v], sc = c[v], sd = d[v];
    out[v] = sa > 0 && sb > 0 && sc > 0 && sd > 0 && lowImg[v] >= minSignal ? wa * Math.log(sa) + wb * Math.log(sb) + wc * Math.log(sc) + wd * Math.log(sd) : 0;
  }
  return out;
}
