import type { Scale } from '../arith/fixed';
import { fromFixed } from '../arith/fixed';
import type { Nadir, SumCourse, SumSpec, SumTimepoint } from '../anatomic/evaluateSums';
import { lesionDisplayValue } from '../anatomic/specs';
import type { LesionOut, Timeline, TimelineLesion, TimepointOut } from '../types';

export const out = (n: number | null, scale: Scale): number | null => (n === null ? null : fromFixed(n, scale));

/** Common fields of a follow-up row from the sum course. */
export function sumRow(spec: SumSpec, row: SumTimepoint, response: string, reasons: string[]): TimepointOut {
  return {
    date: row.date,
    response,
    daysFromBaseline: row.daysFromBaseline,
    [spec.key]: out(row.sum, spec.scale),
    changeFromBaselinePct: row.changeFromBaselinePct,
    changeFromNadirPct: row.changeFromNadirPct,
    nadirDate: row.nadir?.date ?? null,
    targetResponse: row.target,
    nonTargetResponse: row.nonTarget,
    newLesions: row.newLesions,
    reasons,
  };
}

export function nadirOut(n: Nadir | null, scale: Scale): { value: number; date: string } | null {
  return n ? { value: fromFixed(n.value, scale), date: n.date } : null;
}

/** Every lesion (in order of first appearance) with its status and value per timepoint. */
export function lesionTable(timeline: Timeline, value: (l: TimelineLesion) => number | null): LesionOut[] {
  const byId = new Map<string, LesionOut>();
  for (const tp of timeline.timepoints) {
    for (const l of tp.lesions) {
      let entry = byId.get(l.id);
      if (!entry) {
        entry = { id: l.id, role: l.role, ...(l.organ !== undefined ? { organ: l.organ } : {}), nodal: Boolean(l.nodal), measurements: [] };
        byId.set(l.id, entry);
      }
      entry.measurements.push({ date: tp.date, status: l.status, value: value(l) });
    }
  }
  return [...byId.values()];
}

export function sumLesionTable(timeline: Timeline, spec: SumSpec): LesionOut[] {
  return lesionTable(timeline, (l) => out(lesionDisplayValue(spec, l), spec.scale));
}

export function baselineOut(spec: SumSpec, course: SumCourse): { date: string; [k: string]: unknown } {
  return { date: course.baseline.date, [spec.key]: out(course.baseline.sum, spec.scale) };
}
