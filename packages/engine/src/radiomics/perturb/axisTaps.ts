/** Linear-interpolation taps along one axis: output index x reads (1 − w)·in[lo] + w·in[hi]; −1 = beyond the grid. */
export interface AxisTaps {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly w: Float64Array;
}

/**
 * Taps for sampling an axis of n voxels at x + shift (x = 0 … n−1, shift in voxels).
 * `edge` 'nearest' repeats the edge voxel beyond the grid (as resampleRoi does for the image);
 * 'zero' marks those taps −1 (read as 0, as for the ROI mask).
 */
export function axisTaps(n: number, shift: number, edge: 'nearest' | 'zero'): AxisTaps {
  const lo = new Int32Array(n), hi = new Int32Array(n), w = new Float64Array(n);
  const clamp = (q: number): number => (q < 0 || q > n - 1 ? (edge === 'zero' ? -1 : Math.min(n - 1, Math.max(0, q))) : q);
  for (let x = 0; x < n; x++) {
    const p = x + shift;
    const f = Math.floor(p);
    const t = p - f;
    lo[x] = clamp(f);
    hi[x] = t === 0 ? lo[x] : clamp(f + 1);
    w[x] = t;
  }
  return { lo, hi, w };
}
