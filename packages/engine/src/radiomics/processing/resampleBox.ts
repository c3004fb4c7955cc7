import type { Bbox } from '../../mask/createMask';
import type { InterpolationGrid } from './computeInterpolationGrid';
import { prefilterCubicBspline } from './prefilterCubicBspline';

export interface ResampleBoxOptions {
  /** nearest neighbour, (tri)linear, or cubic B-spline (tricubic spline). */
  readonly method: 'nearest' | 'linear' | 'cubic';
  /** Beyond the source grid: repeat the edge value ("nearest", images, IBSI's recommended padding)
   *  or 0 ("zero", ROI masks). */
  readonly edge: 'nearest' | 'zero';
}

/** Cubic spline: the coefficient block reaches this far past the taps, so an interior crop's
 *  boundary changes coefficients by less than |z|^20 ≈ 4e-12. */
const SPLINE_MARGIN = 20;
/** Edge padding before the spline prefilter at the true image boundary (scipy's for mode "nearest"). */
const SPLINE_PAD = 12;

interface AxisTaps {
  /** Taps per target voxel. */
  readonly per: number;
  /** Source indices (absolute, may lie outside the grid for the cubic spline) and weights. */
  readonly idx: Int32Array;
  readonly w: Float64Array;
  /** Range of source indices the taps use. */
  readonly lo: number;
  readonly hi: number;
}

/**
 * Values of a source grid at the target voxels inside `box` (inclusive, target indices) of an
 * interpolation grid, i-fastest over the box. Separable: one 1D pass per axis over the smallest
 * source block the box needs. The cubic spline prefilters that block (extended by SPLINE_MARGIN,
 * edge-padded by SPLINE_PAD at the image boundary, mirror-filtered), as scipy's
 * `map_coordinates(order=3, mode="nearest")`.
 */
export function resampleBox(data: ArrayLike<number>, dims: readonly [number, number, number], grid: InterpolationGrid, box: Bbox, options: ResampleBoxOptions): Float64Array {
  const taps = [0, 1, 2].map((a) => axisTaps(dims[a], grid.start[a], grid.step[a], box[0][a], box[1][a], options));
  let lo = taps.map((t) => t.lo), hi = taps.map((t) => t.hi);
  if (options.method === 'cubic') {
    lo = lo.map((x, a) => (dims[a] === 1 ? x : Math.max(x - SPLINE_MARGIN, -SPLINE_PAD)));
    hi = hi.map((x, a) => (dims[a] === 1 ? x : Math.min(x + SPLINE_MARGIN, dims[a] - 1 + SPLINE_PAD)));
  }
  // Source block (edge-replicated outside the grid; only the cubic spline reaches outside).
  const bd: [number, number, number] = [hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1];
  let block: Float64Array = new Float64Array(bd[0] * bd[1] * bd[2]);
  const clamp = (x: number, n: number): number => (x < 0 ? 0 : x >= n ? n - 1 : x);
  for (let k = 0, q = 0; k < bd[2]; k++) {
    const sk = clamp(k + lo[2], dims[2]);
    for (let j = 0; j < bd[1]; j++) {
      const row = (sk * dims[1] + clamp(j + lo[1], dims[1])) * dims[0];
      for (let i = 0; i < bd[0]; i++) block[q++] = data[row + clamp(i + lo[0], dims[0])];
    }
  }
  if (options.method === 'cubic') for (const a of [0, 1, 2] as const) prefilterCubicBspline(block, bd, a);
  let cur = bd;
  for (const a of [0, 1, 2] as const) {
    const r = applyAxis(block, cur, a, taps[a], lo[a]);
    block = r.out;
    cur = r.dims;
  }
  return block;
}

function axisTaps(n: number, start: number, step: number, m0: number, m1: number, o: ResampleBoxOptions): AxisTaps {
  const count = m1 - m0 + 1;
  const per = o.method === 'nearest' ? 1 : o.method === 'linear' ? 2 : 4;
  const idx = new Int32Array(count * per), w = new Float64Array(count * per);
  let lo = Infinity, hi = -Infinity;
  for (let m = 0; m < count; m++) {
    const x = start + (m + m0) * step;
    const base = Math.floor(x), t = x - base;
    const q = m * per;
    if (n === 1) {
      // A single sample along this axis (e.g. one slice): constant extension.
      idx.fill(0, q, q + per);
      w.fill(0, q, q + per);
      w[q] = o.edge === 'zero' && Math.abs(x) > 0.5 ? 0 : 1;
    } else if (o.method === 'nearest') {
      const s = Math.floor(x + 0.5);
      idx[q] = Math.min(n - 1, Math.max(0, s));
      w[q] = o.edge === 'zero' && (s < 0 || s >= n) ? 0 : 1;
    } else if (o.method === 'linear') {
      for (let p = 0; p < 2; p++) {
        const s = base + p;
        idx[q + p] = Math.min(n - 1, Math.max(0, s));
        w[q + p] = o.edge === 'zero' && (s < 0 || s >= n) ? 0 : p === 0 ? 1 - t : t;
      }
    } else {
      const t2 = t * t, t3 = t2 * t;
      w[q] = (1 - t) ** 3 / 6;
      w[q + 1] = (3 * t3 - 6 * t2 + 4) / 6;
      w[q + 2] = (-3 * t3 + 3 * t2 + 3 * t + 1) / 6;
      w[q + 3] = t3 / 6;
      for (let p = 0; p < 4; p++) idx[q + p] = Math.min(n - 1 + SPLINE_PAD, Math.max(-SPLINE_PAD, base - 1 + p));
    }
    for (let p = 0; p < per; p++) {
      lo = Math.min(lo, idx[q + p]);
      hi = Math.max(hi, idx[q + p]);
    }
  }
  return { per, idx, w, lo, hi };
}

/** One separable pass: replace axis `a` of an i-fastest block by the taps' target samples. */
function applyAxis(src: Float64Array, dims: readonly [number, number, number], a: 0 | 1 | 2, taps: AxisTaps, lo: number): { out: Float64Array; dims: [number, number, number] } {
  const count = taps.idx.length / taps.per;
  const od: [number, number, number] = [dims[0], dims[1], dims[2]];
  od[a] = count;
  const out = new Float64Array(od[0] * od[1] * od[2]);
  const stride = a === 0 ? 1 : a === 1 ? dims[0] : dims[0] * dims[1];
  const ostride = a === 0 ? 1 : a === 1 ? od[0] : od[0] * od[1];
  const { per, idx, w } = taps;
  // Iterate over every line along axis a.
  const n0 = a === 0 ? 1 : dims[0], n1 = a === 1 ? 1 : dims[1], n2 = a === 2 ? 1 : dims[2];
  for (let k = 0; k < n2; k++)
    for (let j = 0; j < n1; j++)
      for (let i = 0; i < n0; i++) {
        const sb = i + dims[0] * (j + dims[1] * k);
        const ob = i + od[0] * (j + od[1] * k);
        for (let m = 0; m < count; m++) {
          let v = 0;
          for (let p = m * per; p < m * per + per; p++) v += w[p] * src[sb + (idx[p] - lo) * stride];
          out[ob + m * ostride] = v;
        }
      }
  return { out, dims: od };
}
