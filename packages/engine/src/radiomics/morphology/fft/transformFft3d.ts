import { planFft } from './planFft';
import { transformFftLines } from './transformFftLines';

export interface TransformFft3dOptions {
  /** Forward: the input is zero outside [0, n) per axis, so lines holding only zeros are skipped.
   *  Inverse: only outputs inside [0, n) are needed, so the other lines of the last passes are skipped. */
  readonly box?: readonly [number, number, number];
}

/**
 * In-place 3D DFT (forward, or unscaled inverse) of an i-fastest complex block whose sides are
 * 2·3·5-smooth: 1D transforms along i (line by line), then j and k (a row of i at a time, so every
 * butterfly runs over contiguous memory).
 */
export function transformFft3d(re: Float64Array, im: Float64Array, dims: readonly [number, number, number], inverse: boolean, options: TransformFft3dOptions = {}): void {
  const [n0, n1, n2] = dims;
  const box = options.box ?? dims;
  const scratch = Math.max(n0, n1 * n0, n2 * n0);
  const tr = new Float64Array(scratch), ti = new Float64Array(scratch);
  const axis0 = (j1: number, k1: number): void => {
    if (n0 === 1) return;
    const plan = planFft(n0);
    for (let k = 0; k < k1; k++) for (let j = 0; j < j1; j++) transformFftLines(plan, re, im, (k * n1 + j) * n0, 1, 1, tr, ti, inverse);
  };
  const axis1 = (k1: number): void => {
    if (n1 === 1) return;
    const plan = planFft(n1);
    for (let k = 0; k < k1; k++) transformFftLines(plan, re, im, k * n1 * n0, n0, n0, tr, ti, inverse);
  };
  const axis2 = (): void => {
    if (n2 === 1) return;
    const plan = planFft(n2);
    for (let j = 0; j < n1; j++) transformFftLines(plan, re, im, j * n0, n0 * n1, n0, tr, ti, inverse);
  };
  if (!inverse) {
    axis0(box[1], box[2]);
    axis1(box[2]);
    axis2();
  } else {
    axis2();
    axis1(box[2]);
    axis0(box[1], box[2]);
  }
}
