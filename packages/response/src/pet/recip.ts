import { SCALE, atLeastPct, atMostPct, formatFixed, formatPct, fromFixed, pctChange, toFixed } from '../arith/fixed';
import type { CriterionCourse } from '../criteria/course';
import { lesionTable } from '../criteria/outputRows';
import type { Timeline, TimepointOut } from '../types';
import { changeFields, daysFrom, nadirOf, newPresent } from './petCourse';

/**
 * RECIP 1.0 (Gafita 2022, J Nucl Med 63:1651) on total PSMA-positive tumour volume vs baseline:
 * CR-RECIP 0 mL and no new lesion; PR-RECIP ≤ −30 % and no new lesion; PD-RECIP ≥ +20 % and a new
 * lesion; else SD-RECIP (e.g. ≥ +20 % without, or ≤ −30 % with, a new lesion). Compared with the
 * baseline only (documented choice; the nadir is reported).
 */
export function assessRecip(timeline: Timeline): CriterionCourse {
  const [b0] = timeline.timepoints;
  const base = toFixed(b0.psmaTvMl as number, SCALE.ml);
  const fmt = (n: number) => formatFixed(n, SCALE.ml, 'mL');
  const history: { date: string; value: number | null }[] = [{ date: b0.date, value: base }];
  const timepoints: TimepointOut[] = timeline.timepoints.slice(1).map((tp) => {
    const v = toFixed(tp.psmaTvMl as number, SCALE.ml);
    const nadir = nadirOf(history);
    history.push({ date: tp.date, value: v });
    const newLesions = newPresent(tp.lesions);
    const hasNew = newLesions.length > 0;
    const pct = pctChange(v, base);
    const tv = `PSMA-TV ${fmt(v)}: ${formatPct(pct)} vs baseline ${fmt(base)}`;
    const newText = hasNew ? `new lesion ${newLesions.join(', ')}` : 'no new lesion';
    let response: string;
    if (v === 0 && !hasNew) response = 'CR-RECIP';
    else if (base > 0 && atMostPct(v, base, -30) && !hasNew) response = 'PR-RECIP';
    else if (base > 0 && atLeastPct(v, base, 20) && hasNew) response = 'PD-RECIP';
    else if (base === 0 && v > 0 && hasNew) response = 'PD-RECIP';
    else response = 'SD-RECIP';
    return {
      date: tp.date,
      response,
      daysFromBaseline: daysFrom(timeline, tp.date),
      psmaTvMl: fromFixed(v, SCALE.ml),
      ...changeFields(v, base, nadir),
      newLesions,
      reasons: [tv, newText],
    };
  });
  return {
    baseline: { date: b0.date, psmaTvMl: fromFixed(base, SCALE.ml) },
    timepoints,
    lesions: lesionTable(timeline, (l) => (l.status === 'absent' ? 0 : typeof l.volumeMl === 'number' ? fromFixed(toFixed(l.volumeMl, SCALE.ml), SCALE.ml) : null)),
  };
}
