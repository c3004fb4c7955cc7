import type { LesionStatus, Timeline, TimelineLesion, Timepoint } from '@caliper/response';
import type { Lesion, LesionTracking } from '../../measure/model/lesion';
import type { LesionResult } from '../../measure/model/measureSlice';
import type { LesionValues, SeriesFacts } from './lesionValues';
import { lesionValues } from './lesionValues';
import { referenceValues } from './referenceValues';
import { trackingOf } from './trackingOf';
import type { BurdenSummary } from '@caliper/report/burden/burdenTimepointValues';

/** A study of the patient's timeline, in date order (baseline first, excluded studies left out). */
export interface TimepointStudy {
  readonly studyInstanceUID: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly tracer?: string;
}

export interface BuildInput {
  readonly timepoints: readonly TimepointStudy[];
  readonly lesions: readonly Lesion[];
  readonly results: Readonly<Record<string, Readonly<Record<string, LesionResult>>>>;
  readonly studyOfSeries: (seriesUID: string) => string | undefined;
  readonly series: (seriesUID: string) => SeriesFacts | undefined;
  /**
   * The whole-body PET burden of a study (its effective lesions' TMTV, SUVpeaks, confirmed
   * Deauville, SUL factor), when the reader segmented one: gives RECIP's PSMA-TV and the
   * whole-body Deauville / SULpeak (burdenTimepointValues).
   */
  readonly burden?: (studyInstanceUID: string) => BurdenSummary | undefined;
}

/** One tracked lesion across the timepoints (a row of the response table). */
export interface TrackedRow {
  readonly uid: string;
  /** Unique label used as the lesion id of the criteria (tracking identifier, de-duplicated). */
  readonly id: string;
  readonly role: LesionTracking['role'];
  readonly organ?: string;
  readonly nodal: boolean;
  /** studyInstanceUID → the lesion measured there and its values. */
  readonly cells: Readonly<Record<string, { lesionId: string; values: LesionValues; status: LesionStatus } | undefined>>;
}

export interface ResponseTimeline {
  readonly timeline: Timeline;
  readonly rows: readonly TrackedRow[];
  /** Things the reader should know (lesions not assessed yet, duplicates…), each naming the lesion and date. */
  readonly notes: readonly string[];
  /** Follow-ups with no lesion measured yet: not read, left out of the assessment (not NE). */
  readonly unread: readonly TimepointStudy[];
}

/**
 * Turns the reader's lesions of a patient's studies into the criteria's timeline: lesions joined
 * across studies by Tracking UID; a baseline lesion not yet assessed at a follow-up is listed as
 * not evaluable (with a note), so the categories never assume what was not looked at; a lesion
 * first seen at a follow-up is new; a follow-up with nothing measured yet is not read (left out).
 * Pure (no store, no DOM).
 */
export function buildResponseTimeline(input: BuildInput): ResponseTimeline {
  const notes: string[] = [];
  const studyIndex = new Map(input.timepoints.map((t, i) => [t.studyInstanceUID, i]));
  const perStudy: Lesion[][] = input.timepoints.map(() => []);
  const references: Lesion[][] = input.timepoints.map(() => []);
  for (const l of input.lesions) {
    const study = l.seriesUIDs.length ? input.studyOfSeries(l.seriesUIDs[0]) : undefined;
    const i = study === undefined ? undefined : studyIndex.get(study);
    if (i === undefined) continue;
    (l.referenceRegion ? references : perStudy)[i].push(l);
  }
  const rows = new Map<string, { uid: string; id: string; role: LesionTracking['role']; organ?: string; nodal: boolean; cells: Record<string, TrackedRow['cells'][string]> }>();
  const usedIds = new Set<string>();
  // A follow-up read only with the whole-body burden (no tracked lesion) is read: its PSMA-TV counts.
  const readAt = (i: number) => i === 0 || perStudy[i].length > 0 || input.burden?.(input.timepoints[i].studyInstanceUID) !== undefined;
  const unread = input.timepoints.filter((_, i) => !readAt(i));
  const read = input.timepoints.map((tp, i) => ({ tp, i })).filter(({ i }) => readAt(i));
  const timepoints: Timepoint[] = read.map(({ tp, i }) => {
    const seenHere = new Set<string>();
    const lesions: TimelineLesion[] = [];
    for (const l of perStudy[i]) {
      const t = trackingOf(l);
      if (seenHere.has(t.uid)) {
        notes.push(`${tp.date}: ${t.label} is measured twice in this study; the first one counts`);
        continue;
      }
      seenHere.add(t.uid);
      let row = rows.get(t.uid);
      if (!row) {
        const role = i === 0 ? (t.role === 'new' ? 'non-target' : t.role) : 'new';
        let id = t.label || `L${rows.size + 1}`;
        for (let n = 2; usedIds.has(id); n++) id = `${t.label} (${n})`;
        usedIds.add(id);
        row = { uid: t.uid, id, role, ...(t.organ ? { organ: t.organ } : {}), nodal: t.nodal, cells: {} };
        rows.set(t.uid, row);
      }
      const values = lesionValues(l, input.results[l.id], input.series);
      let status: LesionStatus = t.status;
      if (status === 'measured' && values.pending) {
        status = 'not-evaluable';
        notes.push(`${tp.date}: ${row.id} is still being measured`);
      }
      row.cells[tp.studyInstanceUID] = { lesionId: l.id, values, status };
      lesions.push(toTimelineLesion(row, status, values, t));
    }
    for (const row of rows.values()) {
      if (seenHere.has(row.uid)) continue;
      notes.push(`${tp.date}: ${row.id} not assessed yet (counted as not evaluable)`);
      lesions.push({ id: row.id, role: row.role, ...(row.organ ? { organ: row.organ } : {}), nodal: row.nodal, status: 'not-evaluable' });
    }
    return { date: tp.date, lesions, ...(tp.tracer ? { tracer: tp.tracer } : {}), ...referenceValues(references[i], perStudy[i], input, input.burden?.(tp.studyInstanceUID)) };
  });
  return { timeline: { timepoints }, rows: [...rows.values()], notes, unread };
}

function toTimelineLesion(row: { id: string; role: LesionTracking['role']; organ?: string; nodal: boolean }, status: LesionStatus, v: LesionValues, t: LesionTracking): TimelineLesion {
  const out: TimelineLesion = { id: row.id, role: row.role, ...(row.organ ? { organ: row.organ } : {}), nodal: row.nodal, status };
  if (status === 'measured') {
    for (const k of ['longMm', 'shortMm', 'volumeMl', 'meanHu', 'sulPeak', 'suvMax'] as const) if (v[k] !== undefined) out[k] = v[k];
    const viable = t.viableLongMm ?? v.longMm;
    if (viable !== undefined) out.viableLongMm = viable;
  }
  if (status !== 'absent' && status !== 'not-evaluable') {
    if (status !== 'measured') for (const k of ['sulPeak', 'suvMax'] as const) if (v[k] !== undefined) out[k] = v[k];
    if (t.deauville !== undefined) out.deauville = t.deauville;
  }
  if (t.increased) out.increased = true;
  return out;
}
