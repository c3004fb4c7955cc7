/**
 * Solves A x = b for a small symmetric positive (semi-)definite matrix (n ≤ ~6) by Cholesky,
 * restricted to the indices with `free[i]` (others get x = 0). A is row-major n×n and is not
 * modified. Returns false when A is not positive definite on the free set (the caller then damps
 * more or gives up).
 */
export function solveSymmetric(n: number, a: Float64Array, b: Float64Array, x: Float64Array, free?: readonly boolean[], scratch?: Float64Array): boolean {
  const l = scratch ?? new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    x[i] = 0;
    if (free && !free[i]) continue;
    for (let j = 0; j <= i; j++) {
      if (free && !free[j]) continue;
      let s = a[i * n + j];
      for (let k = 0; k < j; k++) if (!free || free[k]) s -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(s > 0)) return false;
        l[i * n + i] = Math.sqrt(s);
      } else l[i * n + j] = s / l[j * n + j];
    }
  }
  // Forward then back substitution on the free indices.
  for (let i = 0; i < n; i++) {
    if (free && !free[i]) continue;
    let s = b[i];
    for (let k = 0; k < i; k++) if (!free || free[k]) s -= l[i * n + k] * x[k];
    x[i] = s / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    if (free && !free[i]) continue;
    let s = x[i];
    for (let k = i + 1; k < n; k++) if (!free || free[k]) s -= l[k * n + i] * x[k];
    x[i] = s / l[i * n + i];
  }
  return true;
}
