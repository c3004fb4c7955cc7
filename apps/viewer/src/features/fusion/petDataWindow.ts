/**
 * A PET window from the image values, for a PET in its own unit (Bq/mL, counts: no SUV, no stored
 * window): 0 to the 99th percentile of the positive voxels (at most 200 000 sampled evenly), rounded
 * up to 1, 2 or 5 × 10^k so the colour bar reads in round numbers. Undefined when no voxel is positive.
 */
export function petDataWindow(values: ArrayLike<number>): [number, number] | undefined {
  const step = Math.max(1, Math.floor(values.length / 200_000));
  const positive: number[] = [];
  for (let q = 0; q < values.length; q += step) if (values[q] > 0 && Number.isFinite(values[q])) positive.push(values[q]);
  if (positive.length === 0) return undefined;
  positive.sort((a, b) => a - b);
  const p99 = positive[Math.max(0, Math.ceil(0.99 * positive.length) - 1)];
  const decade = 10 ** Math.floor(Math.log10(p99));
  const nice = [1, 2, 5, 10].map((m) => m * decade).find((x) => x >= p99 * (1 - 1e-12))!;
  return [0, nice];
}
