import { SCALE, atLeastPct, atMostPct, formatFixed, formatPct, fromFixed, pctChange, toFixed } from '../arith/fixed';
import type { CriterionCourse } from '../criteria/course';
import { lesionTable } from '../criteria/outputRows';
import type { Timeline, TimelineLesion, Timepoint, TimepointOut } from '../types';
import { baseLesions, changeFields, daysFrom, highest, nadirOf, newPresent } from './petCourse';
import type { Extreme } from './petCourse';

/** The whole-body burden's hottest lesion as the PERCIST lesion: unknown (not evaluable) when the timepoint has no burden. */
function wholeBodyHot(tp: Timepoint): Extreme {
  const v = tp.wholeBodySulPeak;
  return typeof v === 'number' ? { max: toFixed(v, SCALE.sul), lesionId: 'whole-body', complete: true, notEvaluable: [] } : { max: null, lesionId: null, complete: false, notEvaluable: ['whole-body'] };
}

/** PERCIST 1.0 (Wahl 2009 J Nucl Med 50:122S; O 2016 J Nucl Med 57:1014 "practical PERCIST"). */
const RESPONSE_PCT = 30;
const ABS_SUL = 0.8 * SCALE.sul;
/** Liver reference drift worth a note (Wahl 2009: > 20 % and > 0.3 SUL → check the reference). */
const DRIFT_PCT = 20;
const DRIFT_SUL = 0.3 * SCALE.sul;

const sul = (l: TimelineLesion): number | null => (typeof l.sulPeak === 'number' ? toFixed(l.sulPeak, SCALE.sul) : null);
const fmt = (n: number) => formatFixed(n, SCALE.sul, 'SUL');

/**
 * PERCIST 1.0 on the hottest lesion's SULpeak (target or non-target, may be another lesion at each
 * timepoint). Baseline measurable when SULpeak ≥ 1.5 × liver SULmean + 2 × SD; else every
 * follow-up is NE. Per follow-up, in this order: PMD (new lesion, unequivocal non-target
 * progression, or ≥ +30 % and ≥ +0.8 SUL vs baseline), NE (a lesion not evaluable), CMR (every
 * lesion absent or below the timepoint's liver SULmean), PMR (≤ −30 % and ≥ 0.8 SUL decrease vs
 * baseline), else SMD.
 */
export function assessPercist(timeline: Timeline): CriterionCourse {
  const [b0] = timeline.timepoints;
  // No tracked target/non-target lesion but a whole-body burden: its hottest lesion is the PERCIST lesion at every timepoint.
  const wholeBody = baseLesions(b0.lesions).length === 0 && typeof b0.wholeBodySulPeak === 'number';
  const hottest = (tp: Timepoint): Extreme => (wholeBody ? wholeBodyHot(tp) : highest(baseLesions(tp.lesions), sul));
  const baseHot = hottest(b0);
  const base = baseHot.max ?? 0;
  const liver0 = toFixed(b0.liverSulMean as number, SCALE.sul);
  const sd0 = toFixed(b0.liverSulSd as number, SCALE.sul);
  // threshold = 1.5 m + 2 sd, compared as 2·peak ≥ 3m + 4sd (exact in integers)
  const measurable = 2 * base >= 3 * liver0 + 4 * sd0;
  const threshold = (3 * liver0 + 4 * sd0) / 2;
  const history: { date: string; value: number | null }[] = [{ date: b0.date, value: baseHot.complete ? base : null }];
  const timepoints: TimepointOut[] = timeline.timepoints.slice(1).map((tp) => {
    const lesions = baseLesions(tp.lesions);
    const hot = hottest(tp);
    const value = hot.complete ? hot.max : null;
    const nadir = nadirOf(history);
    history.push({ date: tp.date, value });
    const liver = toFixed(tp.liverSulMean as number, SCALE.sul);
    const newLesions = newPresent(tp.lesions);
    const reasons: string[] = [];
    let response: string;
    const progressed = lesions.filter((l) => l.status === 'unequivocal-progression').map((l) => l.id);
    const peak = hot.max;
    const rises = peak !== null && atLeastPct(peak, base, RESPONSE_PCT) && peak - base >= ABS_SUL && base > 0;
    if (!measurable) {
      response = 'NE';
      reasons.push(`baseline SULpeak ${fmt(base)} below the measurability threshold ${fmt(threshold)} (1.5 × liver SULmean + 2 × SD)`);
    } else if (newLesions.length || progressed.length || rises) {
      response = 'PMD';
      reasons.push(...newLesions.map((id) => `new lesion ${id}`));
      reasons.push(...progressed.map((id) => `non-target ${id}: unequivocal progression`));
      if (rises) reasons.push(`SULpeak ${fmt(peak as number)} (${hot.lesionId}): ${formatPct(pctChange(peak as number, base))} and +${fmt((peak as number) - base)} vs baseline`);
    } else if (!hot.complete) {
      response = 'NE';
      reasons.push(...hot.notEvaluable.map((id) => `lesion ${id} not evaluable`));
    } else if (wholeBody ? (peak as number) < liver : lesions.every((l) => l.status === 'absent' || (sul(l) ?? Infinity) < liver)) {
      response = 'CMR';
      reasons.push(wholeBody ? `whole-body hottest lesion SULpeak ${fmt(peak as number)} below liver SULmean ${fmt(liver)}` : `every lesion absent or below liver SULmean ${fmt(liver)}`);
    } else if (atMostPct(peak as number, base, -RESPONSE_PCT) && base - (peak as number) >= ABS_SUL) {
      response = 'PMR';
      reasons.push(`SULpeak ${fmt(peak as number)} (${hot.lesionId}): ${formatPct(pctChange(peak as number, base))} and −${fmt(base - (peak as number))} vs baseline`);
    } else {
      response = 'SMD';
      reasons.push(`SULpeak ${formatPct(pctChange(peak as number, base))} vs baseline: neither PMR nor PMD`);
    }
    if (Math.abs(liver - liver0) * 100 > DRIFT_PCT * liver0 && Math.abs(liver - liver0) > DRIFT_SUL) {
      reasons.push(`note: liver SULmean ${fmt(liver)} vs ${fmt(liver0)} at baseline (> 20 % and > 0.3 SUL): check the reference region`);
    }
    return {
      date: tp.date,
      response,
      daysFromBaseline: daysFrom(timeline, tp.date),
      sulPeak: value === null ? null : fromFixed(value, SCALE.sul),
      hottestLesion: hot.lesionId,
      liverSulMean: fromFixed(liver, SCALE.sul),
      ...changeFields(value, base, nadir),
      newLesions,
      reasons,
    };
  });
  return {
    baseline: {
      date: b0.date,
      sulPeak: fromFixed(base, SCALE.sul),
      hottestLesion: baseHot.lesionId,
      liverSulMean: fromFixed(liver0, SCALE.sul),
      liverSulSd: fromFixed(sd0, SCALE.sul),
      measurableThreshold: threshold / SCALE.sul,
      measurable,
    },
    timepoints,
    lesions: lesionTable(timeline, (l) => (l.status === 'absent' ? 0 : typeof l.sulPeak === 'number' ? fromFixed(toFixed(l.sulPeak, SCALE.sul), SCALE.sul) : null)),
  };
}
