/** Smallest 1, 2 or 5 × 10^k ≥ max / 65535: a readable real-world slope that keeps the largest value ≤ 65535 stored. */
export function niceSlope(max: number): number {
  const x = max > 0 ? max / 65535 : 1e-6;
  const e = Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * 10 ** e >= x * (1 - 1e-12)) return Number((m * 10 ** e).toPrecision(1));
  return 10 ** (e + 1);
}
