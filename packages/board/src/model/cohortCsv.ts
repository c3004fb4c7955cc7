import { csvCell } from '@caliper/core';
import type { CohortStats } from './buildCohort';

/** RFC 4180 field; a label from a DICOM file cannot start a spreadsheet formula (core csvCell). */
const cell = (v: string | number | null | undefined): string => csvCell(v);

export interface CohortCsvOptions {
  /** Criterion name written in every row (e.g. recist1.1). */
  readonly criteria: string;
}

/**
 * The cohort's per-patient table as CSV (RFC 4180), in waterfall order: case label (never an
 * identifier), best overall response and its class, best % change of the criterion's quantity vs
 * baseline (0.1 % as the criteria round), days on study, ongoing, each assessment as
 * "day N RESPONSE". ORR / DCR are not rows: they follow from the classes.
 */
export function cohortCsv(cohort: CohortStats, options: CohortCsvOptions): string {
  const lanes = new Map(cohort.swimmer.map((r) => [r.label, r]));
  const header = ['case', 'criteria', 'best overall response', 'class', 'best % change from baseline', 'days on study', 'ongoing', 'assessments'];
  const rows = cohort.waterfall.map((b) => {
    const s = lanes.get(b.label);
    return [b.label, options.criteria, b.bor, b.borClass, b.bestPct, s?.days, s ? (s.ongoing ? 'yes' : 'no') : '', (s?.markers ?? []).map((m) => `day ${m.day} ${m.response}`).join('; ')];
  });
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
