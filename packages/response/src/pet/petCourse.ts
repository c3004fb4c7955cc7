import { daysBetween } from '../arith/dates';
import { pctChange } from '../arith/fixed';
import type { Timeline, TimelineLesion } from '../types';

/** Target and non-target lesions: the ones PERCIST and Lugano read uptake from. */
export const baseLesions = (lesions: readonly TimelineLesion[]): TimelineLesion[] => lesions.filter((l) => l.role !== 'new');

export interface Extreme {
  /** Highest value over the evaluable lesions (fixed units), null when none. */
  max: number | null;
  /** Lesion with that value (first in input order on ties). */
  lesionId: string | null;
  /** Every lesion evaluable. */
  complete: boolean;
  notEvaluable: string[];
}

/**
 * Highest per-lesion value; absent lesions count `absentValue` (0: no residual uptake; Deauville 1),
 * not-evaluable ones are unknown.
 */
export function highest(lesions: readonly TimelineLesion[], value: (l: TimelineLesion) => number | null, absentValue = 0): Extreme {
  let max: number | null = null;
  let lesionId: string | null = null;
  const notEvaluable: string[] = [];
  for (const l of lesions) {
    if (l.status === 'not-evaluable') {
      notEvaluable.push(l.id);
      continue;
    }
    const v = l.status === 'absent' ? absentValue : value(l);
    if (v === null) continue;
    if (max === null || v > max) {
      max = v;
      lesionId = l.id;
    }
  }
  return { max, lesionId, complete: notEvaluable.length === 0, notEvaluable };
}

/** Smallest complete value among history entries (earliest on ties). */
export function nadirOf(history: readonly { date: string; value: number | null }[]): { value: number; date: string } | null {
  let best: { value: number; date: string } | null = null;
  for (const h of history) if (h.value !== null && (best === null || h.value < best.value)) best = { value: h.value, date: h.date };
  return best;
}

export const daysFrom = (timeline: Timeline, date: string): number => daysBetween(timeline.timepoints[0].date, date);

/** New lesions present at a timepoint (any `new` lesion not absent). */
export const newPresent = (lesions: readonly TimelineLesion[]): string[] => lesions.filter((l) => l.role === 'new' && l.status !== 'absent').map((l) => l.id);

/** % change from baseline and from the nadir (null when the value is incomplete), and the nadir's date. */
export function changeFields(value: number | null, base: number, nadir: { value: number; date: string } | null) {
  return {
    changeFromBaselinePct: value !== null ? pctChange(value, base) : null,
    changeFromNadirPct: value !== null && nadir ? pctChange(value, nadir.value) : null,
    nadirDate: nadir?.date ?? null,
  };
}
