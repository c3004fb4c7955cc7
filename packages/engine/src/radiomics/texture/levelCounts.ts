/**
 * A sparse grey level × index matrix (GLRLM run length, GLSZM zone size, GLDZM zone distance,
 * NGLDM dependence count): counts keyed by `index * LEVEL_KEY + level`, level ≥ 1, index ≥ 1.
 */
export type LevelCounts = Map<number, number>;

/** Levels stay below this (discretisation to more than 2^20 grey levels is refused upstream). */
export const LEVEL_KEY = 1 << 20;

export function addCount(m: LevelCounts, level: number, index: number, count = 1): void {
  const key = index * LEVEL_KEY + level;
  m.set(key, (m.get(key) ?? 0) + count);
}

/** Adds every count of `from` into `into` (matrix merging, IBSI aggregation). */
export function mergeCounts(into: LevelCounts, from: LevelCounts): LevelCounts {
  for (const [k, c] of from) into.set(k, (into.get(k) ?? 0) + c);
  return into;
}
