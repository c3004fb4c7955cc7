/**
 * Curves on a uniform time grid for deconvolution: returned unchanged when the steps are uniform
 * (within 1 %), else linearly interpolated onto t0 + j·Δt with Δt = the median step. Times in s.
 */
export function resampleUniform(timesS: ArrayLike<number>, curves: readonly ArrayLike<number>[]): { dtS: number; curves: Float64Array[] } {
  const n = timesS.length;
  const steps = Array.from({ length: Math.max(0, n - 1) }, (_, q) => timesS[q + 1] - timesS[q]).sort((a, b) => a - b);
  const dt = steps.length ? steps[steps.length >> 1] : 1;
  const uniform = steps.every((s) => Math.abs(s - dt) <= 0.01 * dt);
  if (uniform) return { dtS: dt, curves: curves.map((c) => Float64Array.from(c)) };
  const m = Math.floor((timesS[n - 1] - timesS[0]) / dt + 1e-9) + 1;
  return {
    dtS: dt,
    curves: curves.map((c) => {
      const out = new Float64Array(m);
      let q = 0;
      for (let j = 0; j < m; j++) {
        const t = timesS[0] + j * dt;
        while (q < n - 2 && timesS[q + 1] < t) q++;
        const w = (t - timesS[q]) / (timesS[q + 1] - timesS[q]);
        out[j] = c[q] + Math.min(1, Math.max(0, w)) * (c[q + 1] - c[q]);
      }
      return out;
    }),
  };
}
