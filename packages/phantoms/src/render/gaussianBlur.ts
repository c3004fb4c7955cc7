/**
 * In-place separable Gaussian blur of a volume (i fastest), sigma per axis in voxels; kernels cut at
 * 3 sigma and renormalised at the borders (no mass leaks in from outside the grid).
 */
export function gaussianBlur(data: Float32Array, dims: readonly [number, number, number], sigmaVoxels: readonly [number, number, number]): void {
  const [ni, nj, nk] = dims;
  const strides = [1, ni, ni * nj];
  const lengths = [ni, nj, nk];
  for (let axis = 0; axis < 3; axis++) {
    const sigma = sigmaVoxels[axis];
    if (sigma <= 0) continue;
    const radius = Math.ceil(3 * sigma);
    const kernel = new Float64Array(2 * radius + 1);
    for (let t = -radius; t <= radius; t++) kernel[t + radius] = Math.exp(-(t * t) / (2 * sigma * sigma));
    const n = lengths[axis];
    const stride = strides[axis];
    const line = new Float64Array(n);
    const total = data.length / n;
    for (let lineIdx = 0; lineIdx < total; lineIdx++) {
      // Start offset of this line: enumerate all voxel positions with coordinate 0 on `axis`.
      let start: number;
      if (axis === 0) start = lineIdx * ni;
      else if (axis === 1) start = (lineIdx % ni) + Math.floor(lineIdx / ni) * ni * nj;
      else start = lineIdx;
      for (let a = 0; a < n; a++) line[a] = data[start + a * stride];
      for (let a = 0; a < n; a++) {
        let s = 0;
        let w = 0;
        const lo = Math.max(0, a - radius);
        const hi = Math.min(n - 1, a + radius);
        for (let b = lo; b <= hi; b++) {
          const kw = kernel[b - a + radius];
          s += kw * line[b];
          w += kw;
        }
        data[start + a * stride] = s / w;
      }
    }
  }
}
