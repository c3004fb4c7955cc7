/**
 * Two SUVs as text with 2 decimals, or more (up to 6) until they differ, so that a stated
 * comparison never reads "2.00 > 2.00".
 */
export function formatSuvPair(a: number, b: number): readonly [string, string] {
  let d = 2;
  while (d < 6 && a !== b && a.toFixed(d) === b.toFixed(d)) d++;
  return [a.toFixed(d), b.toFixed(d)];
}
