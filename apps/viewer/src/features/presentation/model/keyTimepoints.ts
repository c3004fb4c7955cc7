import type { SumPoint } from '@caliper/board';

export type KeyRole = 'baseline' | 'nadir' | 'current';

/** One of the dates a key image is taken at, with its role. */
export interface KeyDate {
  readonly role: KeyRole;
  readonly date: string;
}

/**
 * The dates of the baseline–nadir–current comparison: baseline (first), current (the given date,
 * else the last assessment) and the nadir: the smallest sum strictly before the current date and
 * after the baseline — the reference RECIST measures progression from. A nadir at the baseline (or
 * no timepoint between) is left out rather than shown twice; ties go to the earliest date.
 */
export function keyTimepoints(sum: readonly SumPoint[], currentDate?: string): KeyDate[] {
  if (sum.length === 0) return [];
  const sorted = [...sum].sort((a, b) => a.date.localeCompare(b.date));
  const baseline = sorted[0];
  const current = (currentDate && sorted.find((p) => p.date === currentDate)) || sorted[sorted.length - 1];
  const out: KeyDate[] = [{ role: 'baseline', date: baseline.date }];
  if (current.date === baseline.date) return out;
  let nadir: SumPoint | undefined;
  for (const p of sorted) {
    if (p.date >= current.date) break;
    if (!nadir || p.value < nadir.value) nadir = p;
  }
  if (nadir && nadir.date !== baseline.date) out.push({ role: 'nadir', date: nadir.date });
  out.push({ role: 'current', date: current.date });
  return out;
}
