import { SCALE, formatFixed, formatPct, fromFixed, pctChange, toFixed } from '../arith/fixed';
import type { CriterionCourse } from '../criteria/course';
import { lesionTable } from '../criteria/outputRows';
import type { Timeline, TimelineLesion, Timepoint, TimepointOut } from '../types';
import { baseLesions, changeFields, daysFrom, highest, nadirOf, newPresent } from './petCourse';

export interface LuganoOptions {
  /**
   * "Significant" change of SUVmax vs baseline for PMD/PMR/NMR with Deauville 4–5. Cheson 2014
   * gives no number; 0 (default) = any change, equal SUVmax = none. A change ≥ this % (and ≠ 0) is
   * significant; the contract fixes 50 % as always significant, so values above 50 are refused.
   */
  significantChangePct: number;
}

const score = (l: TimelineLesion): number | null => (l.status === 'absent' ? 1 : typeof l.deauville === 'number' ? l.deauville : null);
const suv = (l: TimelineLesion): number | null => (typeof l.suvMax === 'number' ? toFixed(l.suvMax, SCALE.sul) : null);
const fmt = (n: number) => formatFixed(n, SCALE.sul, 'SUVbw');

/**
 * Lugano 2014 metabolic response (Cheson 2014 J Clin Oncol 32:3059, Table 3; Barrington 2014
 * Deauville 5-point scale), PET part only. Per follow-up, in this order: PMD (a new FDG-avid
 * lesion, or Deauville 4–5 with SUVmax increased vs baseline), NE (a lesion not evaluable), CMR
 * (highest score ≤ 3), PMR (4–5, uptake reduced), NMR (4–5, no significant change).
 */
export function assessLugano(timeline: Timeline, options: LuganoOptions = { significantChangePct: 0 }): CriterionCourse {
  const [b0] = timeline.timepoints;
  const base = highest(baseLesions(b0.lesions), suv).max ?? 0;
  const baseScore = withWholeBody(highest(baseLesions(b0.lesions), score, 1).max, b0);
  const significant = (cur: number): number => {
    if (cur === base) return 0;
    const big = Math.abs(cur - base) * 100 >= options.significantChangePct * base;
    return big ? Math.sign(cur - base) : 0;
  };
  const history: { date: string; value: number | null }[] = [{ date: b0.date, value: base }];
  const timepoints: TimepointOut[] = timeline.timepoints.slice(1).map((tp) => {
    const lesions = baseLesions(tp.lesions);
    const ds = highest(lesions, score, 1);
    const sv = highest(lesions, suv);
    const value = sv.complete ? sv.max : null;
    const nadir = nadirOf(history);
    history.push({ date: tp.date, value });
    const newLesions = newPresent(tp.lesions);
    // The whole-body burden's confirmed scores count like a tracked lesion's (the highest decides).
    const deauville = withWholeBody(ds.max, tp);
    const change = sv.max === null ? 0 : significant(sv.max);
    const reasons: string[] = [];
    let response: string;
    const highScore = deauville !== null && deauville >= 4;
    const uptake = sv.max === null ? '' : `SUVmax ${fmt(sv.max)} (${sv.lesionId}) ${formatPct(pctChange(sv.max, base))} vs baseline ${fmt(base)}`;
    if (newLesions.length || (highScore && change > 0)) {
      response = 'PMD';
      reasons.push(...newLesions.map((id) => `new FDG-avid lesion ${id}`));
      if (highScore && change > 0) reasons.push(`Deauville ${deauville}, uptake increased: ${uptake}`);
    } else if (!ds.complete) {
      response = 'NE';
      reasons.push(...ds.notEvaluable.map((id) => `lesion ${id} not evaluable`));
    } else if (!highScore) {
      response = 'CMR';
      reasons.push(`Deauville ${deauville ?? 1} (≤ 3)`);
    } else if (change < 0) {
      response = 'PMR';
      reasons.push(`Deauville ${deauville}, uptake reduced: ${uptake}`);
    } else {
      response = 'NMR';
      reasons.push(`Deauville ${deauville}, no significant change: ${uptake}`);
    }
    return {
      date: tp.date,
      response,
      daysFromBaseline: daysFrom(timeline, tp.date),
      suvMax: value === null ? null : fromFixed(value, SCALE.sul),
      deauville,
      ...changeFields(value, base, nadir),
      newLesions,
      reasons,
    };
  });
  return {
    baseline: { date: b0.date, suvMax: fromFixed(base, SCALE.sul), deauville: baseScore },
    timepoints,
    lesions: lesionTable(timeline, (l) => (l.status === 'absent' ? 0 : l.role !== 'new' && typeof l.suvMax === 'number' ? fromFixed(toFixed(l.suvMax, SCALE.sul), SCALE.sul) : null)).map((entry) => ({
      ...entry,
      measurements: entry.measurements.map((m, i) => ({ ...m, deauville: deauvilleAt(timeline, entry.id, i) })),
    })),
  };
}

/** The higher of the tracked lesions' highest score and the timepoint's whole-body confirmed Deauville. */
function withWholeBody(max: number | null, tp: Timepoint): number | null {
  const wb = typeof tp.wholeBodyDeauville === 'number' ? tp.wholeBodyDeauville : null;
  return wb !== null && (max === null || wb > max) ? wb : max;
}

function deauvilleAt(timeline: Timeline, id: string, nth: number): number | null {
  const listed = timeline.timepoints.map((tp) => tp.lesions.find((l) => l.id === id)).filter((l): l is TimelineLesion => l !== undefined);
  const l = listed[nth];
  return l ? score(l) : null;
}
