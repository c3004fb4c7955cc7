/**
 * ADC (10^-3 mm2/s) of one voxel by the log-linear least-squares fit ln S = ln S0 − b·ADC over all
 * b-values (s/mm2); signals below 1 are clamped to 1 (log of a zero magnitude is undefined).
 */
export function adcFit(bValues: readonly number[], signals: readonly number[]): number {
  const n = bValues.length;
  const xm = bValues.reduce((a, b) => a + b, 0) / n;
  const ys = signals.map((s) => Math.log(Math.max(1, s)));
  const ym = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (bValues[i] - xm) * (ys[i] - ym);
    sxx += (bValues[i] - xm) ** 2;
  }
  return (-sxy / sxx) * 1000;
}
