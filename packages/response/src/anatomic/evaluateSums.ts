import { daysBetween } from '../arith/dates';
import type { Scale } from '../arith/fixed';
import { atLeastPct, atMostPct, formatFixed, formatPct, pctChange } from '../arith/fixed';
import type { Timeline, TimelineLesion } from '../types';
import type { NonTargetResponse, TargetResponse } from './components';
import { nonTargetResponse, presentNewLesions } from './components';

/** How a sum-of-targets criterion (RECIST 1.1, mRECIST, Choi, volumetric) reads a timeline. */
export interface SumSpec {
  key: 'sumMm' | 'sumMl';
  scale: Scale;
  unit: string;
  /** A target's value in fixed units; null when unknown (not evaluable). */
  targetValue(l: TimelineLesion): number | null;
  /** Complete response of the targets (given every target's value is known). */
  isComplete(values: readonly { lesion: TimelineLesion; value: number }[]): boolean;
  completeReason: string;
  /** PR at ≤ prPct vs baseline (e.g. −30). */
  prPct: number;
  /** PD at ≥ pdPct vs the nadir (e.g. +20) and at least pdAbs fixed units above it (0: none). */
  pdPct: number;
  pdAbs: number;
  /** Choi: PR by density also; PD by size only when not PR by density. */
  densityPr?: (index: number) => { pr: boolean; reason?: string };
}

export interface Nadir {
  value: number;
  date: string;
}

export interface SumTimepoint {
  date: string;
  index: number;
  daysFromBaseline: number;
  /** Sum in fixed units, null when a target is not evaluable. */
  sum: number | null;
  /** Sum of the evaluable targets only. */
  partial: number;
  nadir: Nadir | null;
  changeFromBaselinePct: number | null;
  changeFromNadirPct: number | null;
  target: TargetResponse;
  targetReasons: string[];
  nonTarget: NonTargetResponse;
  nonTargetReasons: string[];
  newLesions: string[];
}

export interface SumCourse {
  baseline: SumTimepoint;
  followUps: SumTimepoint[];
}

/**
 * Target sums, nadir, % changes and the target / non-target / new-lesion components at every
 * timepoint (RECIST 1.1 §4.3, Eisenhauer 2009). The nadir is the smallest complete sum among the
 * earlier timepoints, baseline included (earliest on ties).
 */
export function evaluateSums(timeline: Timeline, spec: SumSpec): SumCourse {
  const baselineTargetIds = timeline.timepoints[0].lesions.filter((l) => l.role === 'target').map((l) => l.id);
  const hasTargets = baselineTargetIds.length > 0;
  const history: SumTimepoint[] = [];
  timeline.timepoints.forEach((tp, index) => {
    const targets = tp.lesions.filter((l) => l.role === 'target');
    const valued = targets.map((lesion) => ({ lesion, value: spec.targetValue(lesion) }));
    const known = valued.filter((v): v is { lesion: TimelineLesion; value: number } => v.value !== null);
    const partial = known.reduce((s, v) => s + v.value, 0);
    const complete = known.length === valued.length;
    const sum = complete ? partial : null;
    const nadir = findNadir(history);
    const base = history[0]?.sum ?? null;
    const nt = nonTargetResponse(tp.lesions.filter((l) => l.role === 'non-target'));
    const row: SumTimepoint = {
      date: tp.date,
      index,
      daysFromBaseline: daysBetween(timeline.timepoints[0].date, tp.date),
      sum,
      partial,
      nadir,
      changeFromBaselinePct: sum !== null && base !== null ? pctChange(sum, base) : null,
      changeFromNadirPct: sum !== null && nadir ? pctChange(sum, nadir.value) : null,
      target: 'NA',
      targetReasons: [],
      nonTarget: nt.response,
      nonTargetReasons: nt.reasons,
      newLesions: presentNewLesions(tp.lesions),
    };
    if (index > 0 && hasTargets) {
      const t = targetResponse(spec, row, base as number, known, complete, valued);
      row.target = t.response;
      row.targetReasons = t.reasons;
    }
    history.push(row);
  });
  return { baseline: history[0], followUps: history.slice(1) };
}

function findNadir(history: readonly SumTimepoint[]): Nadir | null {
  let best: Nadir | null = null;
  for (const h of history) if (h.sum !== null && (best === null || h.sum < best.value)) best = { value: h.sum, date: h.date };
  return best;
}

function targetResponse(
  spec: SumSpec,
  row: SumTimepoint,
  base: number,
  known: { lesion: TimelineLesion; value: number }[],
  complete: boolean,
  valued: { lesion: TimelineLesion; value: number | null }[],
): { response: TargetResponse; reasons: string[] } {
  const fmt = (n: number) => formatFixed(n, spec.scale, spec.unit);
  const density = spec.densityPr?.(row.index);
  const nadir = row.nadir as Nadir;
  const isPd = (x: number) => atLeastPct(x, nadir.value, spec.pdPct) && x - nadir.value >= spec.pdAbs && !density?.pr;
  const pdReason = (x: number, partial: boolean) =>
    `${partial ? 'evaluable targets ' : ''}sum ${fmt(x)}: ${formatPct(pctChange(x, nadir.value))}${spec.pdAbs > 0 ? ` and +${fmt(x - nadir.value)}` : ''} vs nadir ${fmt(nadir.value)} (${nadir.date})`;
  if (!complete) {
    const missing = valued.filter((v) => v.value === null).map((v) => v.lesion.id);
    if (isPd(row.partial)) return { response: 'PD', reasons: [pdReason(row.partial, true)] };
    return { response: 'NE', reasons: missing.map((id) => `target ${id} not evaluable`) };
  }
  const sum = row.sum as number;
  if (spec.isComplete(known)) return { response: 'CR', reasons: [spec.completeReason] };
  if (isPd(sum)) return { response: 'PD', reasons: [pdReason(sum, false)] };
  const sizePr = atMostPct(sum, base, spec.prPct);
  if (sizePr || density?.pr) {
    const reasons = [];
    if (sizePr) reasons.push(`${formatPct(row.changeFromBaselinePct)} vs baseline`);
    if (density?.pr && density.reason) reasons.push(density.reason);
    return { response: 'PR', reasons };
  }
  return { response: 'SD', reasons: [`${formatPct(row.changeFromBaselinePct)} vs baseline, ${formatPct(row.changeFromNadirPct)} vs nadir`] };
}
