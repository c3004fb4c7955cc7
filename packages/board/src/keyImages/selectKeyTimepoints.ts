import type { KeyImageRole } from './types';

/**
 * The timepoints a lesion's key images show, in date order: the baseline (first), the nadir (the
 * smallest sum of the criterion's quantity before the last timepoint and after the baseline;
 * omitted when no later sum is below the baseline's, or when it would be the last) and the current
 * (last) timepoint. `sums` are the timeline's (date, sum) in date order, baseline first; a
 * timepoint without a sum (null) is never the nadir. Ties: the earliest.
 */
export function selectKeyTimepoints(sums: readonly { readonly date: string; readonly value: number | null }[]): { date: string; role: KeyImageRole }[] {
  if (sums.length === 0) return [];
  const out: { date: string; role: KeyImageRole }[] = [{ date: sums[0].date, role: 'baseline' }];
  if (sums.length === 1) return out;
  let nadir = 0;
  for (let t = 1; t < sums.length - 1; t++) {
    const v = sums[t].value, best = sums[nadir].value;
    if (v !== null && (best === null || v < best)) nadir = t;
  }
  if (nadir > 0) out.push({ date: sums[nadir].date, role: 'nadir' });
  out.push({ date: sums[sums.length - 1].date, role: 'current' });
  return out;
}
