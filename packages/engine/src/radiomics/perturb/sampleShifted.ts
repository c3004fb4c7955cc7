import type { Bbox } from '../../mask/createMask';
import { axisTaps } from './axisTaps';

/**
 * Values of a grid (i fastest) sampled at (i + si, j + sj, k + sk) for the voxels of `box`
 * (inclusive), by trilinear interpolation, i fastest over the box. `edge` 'nearest' repeats the edge
 * voxels beyond the grid, 'zero' reads 0 there. Separable: the four source rows a target row needs
 * are blended along j and k first, then along i. `out` (box-sized) receives the values when given.
 */
export function sampleShifted<T extends Float64Array | Float32Array = Float64Array>(src: ArrayLike<number>, dims: readonly [number, number, number], shift: readonly [number, number, number], box: Bbox, edge: 'nearest' | 'zero', out?: T): T {
  const [ni, nj] = dims;
  const plane = ni * nj;
  const [ti, tj, tk] = [0, 1, 2].map((a) => axisTaps(dims[a], shift[a], edge));
  const [i0, i1] = [box[0][0], box[1][0]];
  // The source columns the box's i taps read.
  let lo = ni, hi = -1;
  for (let i = i0; i <= i1; i++) {
    for (const t of [ti.lo[i], ti.hi[i]]) {
      if (t < 0) continue;
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
  }
  const n = (i1 - i0 + 1) * (box[1][1] - box[0][1] + 1) * (box[1][2] - box[0][2] + 1);
  const dst = out ?? (new Float64Array(n) as T);
  const row = new Float64Array(ni);
  const at = (k: number, j: number): number => (k < 0 || j < 0 ? -1 : k * plane + j * ni);
  let o = 0;
  for (let k = box[0][2]; k <= box[1][2]; k++) {
    const wk = tk.w[k];
    for (let j = box[0][1]; j <= box[1][1]; j++) {
      const wj = tj.w[j];
      const a = at(tk.lo[k], tj.lo[j]), b = at(tk.lo[k], tj.hi[j]), c = at(tk.hi[k], tj.lo[j]), d = at(tk.hi[k], tj.hi[j]);
      for (let i = lo; i <= hi; i++) {
        const va = a < 0 ? 0 : src[a + i], vb = b < 0 ? 0 : src[b + i];
        const vc = c < 0 ? 0 : src[c + i], vd = d < 0 ? 0 : src[d + i];
        const r0 = va + wj * (vb - va), r1 = vc + wj * (vd - vc);
        row[i] = r0 + wk * (r1 - r0);
      }
      for (let i = i0; i <= i1; i++) {
        const p = ti.lo[i], q = ti.hi[i];
        const x0 = p < 0 ? 0 : row[p], x1 = q < 0 ? 0 : row[q];
        dst[o++] = x0 + ti.w[i] * (x1 - x0);
      }
    }
  }
  return dst;
}
