export interface ComputeInsideDistanceSqOptions {
  /** Grid spacing per axis, mm. */
  readonly spacing: readonly [number, number, number];
  /** Axes to measure along (default all three); [true, true, false] gives the in-plane distance of each slice. */
  readonly axes?: readonly [boolean, boolean, boolean];
}

/**
 * Exact squared Euclidean distance (mm²) from every set cell of a 3D 0/1 grid to the nearest unset
 * cell centre, counting everything outside the grid as unset (a region cut by the box edge is not
 * deep there); 0 on unset cells. Felzenszwalb & Huttenlocher's separable lower-envelope transform
 * (Theory Comput 2012): one O(n) pass per axis, so a region's deepest point costs a few passes.
 */
export function computeInsideDistanceSq(inside: Uint8Array, dims: readonly [number, number, number], options: ComputeInsideDistanceSqOptions): Float32Array {
  const [ni, nj, nk] = dims;
  const axes = options.axes ?? [true, true, true];
  const d = new Float32Array(ni * nj * nk);
  const BIG = 1e20;
  for (let p = 0; p < d.length; p++) d[p] = inside[p] ? BIG : 0;
  const nMax = Math.max(ni, nj, nk) + 2;
  const f = new Float64Array(nMax), pos = new Float64Array(nMax), z = new Float64Array(nMax + 1), out = new Float64Array(nMax);
  const v = new Int32Array(nMax);
  const line = (start: number, stride: number, n: number, w: number) => {
    // Sites: a virtual unset cell at -1, the line's cells, a virtual unset cell at n.
    const m = n + 2;
    f[0] = 0;
    pos[0] = -w;
    for (let q = 0; q < n; q++) {
      f[q + 1] = d[start + q * stride];
      pos[q + 1] = q * w;
    }
    f[m - 1] = 0;
    pos[m - 1] = n * w;
    let k = 0;
    v[0] = 0;
    z[0] = -Infinity;
    z[1] = Infinity;
    for (let q = 1; q < m; q++) {
      if (f[q] >= BIG) continue;
      let s: number;
      for (;;) {
        const r = v[k];
        s = (f[q] + pos[q] * pos[q] - (f[r] + pos[r] * pos[r])) / (2 * (pos[q] - pos[r]));
        if (s <= z[k] && k > 0) k--;
        else break;
      }
      k++;
      v[k] = q;
      z[k] = s;
      z[k + 1] = Infinity;
    }
    k = 0;
    for (let q = 0; q < n; q++) {
      const x = q * w;
      while (z[k + 1] < x) k++;
      const r = v[k];
      out[q] = (x - pos[r]) ** 2 + f[r];
    }
    for (let q = 0; q < n; q++) if (d[start + q * stride] > 0) d[start + q * stride] = out[q];
  };
  if (axes[0]) for (let k = 0; k < nk; k++) for (let j = 0; j < nj; j++) line((k * nj + j) * ni, 1, ni, options.spacing[0]);
  if (axes[1]) for (let k = 0; k < nk; k++) for (let i = 0; i < ni; i++) line(k * nj * ni + i, ni, nj, options.spacing[1]);
  if (axes[2]) for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) line(j * ni + i, ni * nj, nk, options.spacing[2]);
  return d;
}
