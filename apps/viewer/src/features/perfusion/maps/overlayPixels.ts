import { MAP_COLORMAP_NODES } from './mapColormap';

/**
 * RGBA of one map slice for the overlay on anatomy: the map colour map over [lower, upper], alpha
 * `opacity` (0..1) where the voxel was fitted and its value is above `floor` of the window (default
 * 10 %: background tissue with little uptake does not tint the anatomy), fully transparent elsewhere
 * (unfitted voxels, 0). `out`: 4 × plane bytes.
 */
export function overlayPixels(values: Float32Array, fitted: Uint8Array, k: number, plane: number, window: { lower: number; upper: number }, opacity: number, out = new Uint8ClampedArray(4 * plane), floor = 0.1): Uint8ClampedArray {
  const span = window.upper - window.lower || 1;
  const a = Math.round(255 * Math.min(1, Math.max(0, opacity)));
  const nodes = MAP_COLORMAP_NODES;
  for (let q = 0, v = k * plane; q < plane; q++, v++) {
    const o = 4 * q;
    const x = (values[v] - window.lower) / span;
    if (!fitted[v] || !(x > floor)) {
      out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0;
      continue;
    }
    const t = Math.min(1, x);
    let n = 1;
    while (n < nodes.length - 1 && nodes[n][0] < t) n++;
    const [x0, r0, g0, b0] = nodes[n - 1], [x1, r1, g1, b1] = nodes[n];
    const f = x1 > x0 ? (t - x0) / (x1 - x0) : 0;
    out[o] = 255 * (r0 + f * (r1 - r0));
    out[o + 1] = 255 * (g0 + f * (g1 - g0));
    out[o + 2] = 255 * (b0 + f * (b1 - b0));
    out[o + 3] = a;
  }
  return out;
}

/**
 * The 2D transform (canvas `setTransform(a, b, c, d, e, f)`) that draws image pixel (i, j) of a
 * slice at the canvas point of voxel (i, j): from the canvas points of voxels (0,0), (1,0) and (0,1),
 * shifted half a pixel so pixel centres land on voxel centres.
 */
export function sliceToCanvas(p00: readonly number[], p10: readonly number[], p01: readonly number[]): [number, number, number, number, number, number] {
  const a = p10[0] - p00[0], b = p10[1] - p00[1], c = p01[0] - p00[0], d = p01[1] - p00[1];
  return [a, b, c, d, p00[0] - 0.5 * (a + c), p00[1] - 0.5 * (b + d)];
}
