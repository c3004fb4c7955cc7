/**
 * Time after frame start at which the decaying activity equals the frame's average (QIBA / OncoRay
 * manual): Tave = (1/λ) · ln(λT / (1 − e^(−λT))), λ = ln2 / T½. T and T½ in s; result in s (≈ T/2).
 */
export function averageCountRateTime(frameDurationS: number, halfLifeS: number): number {
  if (frameDurationS <= 0) return 0;
  const lambda = Math.LN2 / halfLifeS;
  const x = lambda * frameDurationS;
  return Math.log(x / -Math.expm1(-x)) / lambda;
}
