/**
 * Percentiles by linear interpolation between closest ranks (numpy's default, "linear"):
 * position h = (n-1)·p/100, value = x[floor h] + (h - floor h)·(x[floor h + 1] - x[floor h]) on the
 * sorted values. Uses in-place quickselect (O(n) per percentile) instead of a full sort, so
 * `values` is reordered. Returns NaN for each percentile when values is empty.
 */
export function selectQuantiles(values: Float64Array | Float32Array, percents: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return percents.map(() => NaN);
  // Select the lowest ranks first so later selections work on a shorter suffix.
  const order = percents.map((p, idx) => ({ p, idx })).sort((a, b) => a.p - b.p);
  const res = new Array<number>(percents.length);
  let left = 0;
  for (const { p, idx } of order) {
    const h = ((n - 1) * Math.min(100, Math.max(0, p))) / 100;
    const lo = Math.floor(h);
    const xLo = quickselect(values, lo, left, n - 1);
    left = lo;
    let xHi = xLo;
    if (h > lo) {
      // The next order statistic is the minimum of the part right of lo.
      xHi = Infinity;
      for (let q = lo + 1; q < n; q++) if (values[q] < xHi) xHi = values[q];
    }
    res[idx] = xLo + (h - lo) * (xHi - xLo);
  }
  return res;
}

/** k-th smallest of a[left..right] (inclusive), partially sorting a so a[k] holds it. */
export function quickselect(a: Float64Array | Float32Array, k: number, left: number, right: number): number {
  while (right > left) {
    const mid = (left + right) >> 1;
    // Median of three pivot, moved to a[k]... Hoare-style partition around the pivot value.
    const x = a[left], y = a[mid], z = a[right];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left, j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k];
  }
  return a[k];
}
