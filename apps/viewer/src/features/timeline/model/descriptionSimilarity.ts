/** Words of a series description: lower case, split at anything not a letter or digit ('w/' → 'w'). */
export function descriptionTokens(d: string): string[] {
  return d
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const bigrams = (s: string): string[] => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));

function dice<T>(a: readonly T[], b: readonly T[]): number {
  if (!a.length && !b.length) return 1;
  if (!a.length || !b.length) return 0;
  const pool = new Map<T, number>();
  for (const x of b) pool.set(x, (pool.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of a) {
    const n = pool.get(x) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(x, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * Similarity 0–1 of two series descriptions, insensitive to case, punctuation and word order: the
 * mean of the Dice coefficient of their word multisets and of the character bigrams of their sorted
 * words (which tolerates 'AX' vs 'AXIAL'-like variants less than exact words, but catches 'T2W' vs
 * 'T2'). Two empty descriptions are 0.5: nothing is known.
 */
export function descriptionSimilarity(a: string, b: string): number {
  const ta = descriptionTokens(a);
  const tb = descriptionTokens(b);
  if (!ta.length && !tb.length) return 0.5;
  const words = dice(ta, tb);
  const chars = dice(bigrams([...ta].sort().join(' ')), bigrams([...tb].sort().join(' ')));
  return (words + chars) / 2;
}
