import type { Timeline } from '@caliper/response';
import type { Biomarker, LesionRow } from './types';
import { BIOMARKERS } from './types';

/** The lesion rows (biomarkers per date) of a criteria timeline: measured lesions only. */
export function rowsFromTimeline(timeline: Timeline): LesionRow[] {
  const rows = new Map<string, { date: string; values: Partial<Record<Biomarker, number>> }[]>();
  for (const tp of timeline.timepoints) {
    for (const l of tp.lesions) {
      const values: Partial<Record<Biomarker, number>> = {};
      if (l.status === 'measured') {
        for (const b of BIOMARKERS) {
          const v = (l as unknown as Record<string, unknown>)[b];
          if (typeof v === 'number' && Number.isFinite(v)) values[b] = v;
        }
      }
      const cells = rows.get(l.id) ?? [];
      cells.push({ date: tp.date, values });
      rows.set(l.id, cells);
    }
  }
  return [...rows].map(([id, cells]) => ({ id, cells }));
}
