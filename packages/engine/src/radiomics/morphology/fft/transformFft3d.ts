import { planFft } from './planFft';
import type { FftPlan } from './planFft';
import { transformFft } from './transformFft';

/** In-place 3D DFT (forward, or unscaled inverse) of an i-fastest complex block whose sides are 2·3·5-smooth. */
export function transformFft3d(re: Float64Array, im: Float64Array, dims: readonly [number, number, number], inverse: boolean): void {
  const plans: FftPlan[] = dims.map((n) => planFft(n));
  const longest = Math.max(...dims);
  const lr = new Float64Array(longest), li = new Float64Array(longest), tr = new Float64Array(longest), ti = new Float64Array(longest);
  const [n0, n1, n2] = dims;
  for (let axis = 0; axis < 3; axis++) {
    const n = dims[axis];
    if (n === 1) continue;
    const stride = axis === 0 ? 1 : axis === 1 ? n0 : n0 * n1;
    const a = axis === 0 ? n1 : n0, b = axis === 2 ? n1 : n2;
    const sa = axis === 0 ? n0 : 1, sb = axis === 2 ? n0 : n0 * n1;
    const lre = lr.subarray(0, n), lim = li.subarray(0, n);
    for (let y = 0; y < b; y++)
      for (let x = 0; x < a; x++) {
        const base = x * sa + y * sb;
        for (let q = 0; q < n; q++) {
          lre[q] = re[base + q * stride];
          lim[q] = im[base + q * stride];
        }
        transformFft(plans[axis], lre, lim, tr, ti, inverse);
        for (let q = 0; q < n; q++) {
          re[base + q * stride] = lre[q];
          im[base + q * stride] = lim[q];
        }
      }
  }
}
