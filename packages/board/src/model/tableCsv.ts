import { csvCell } from '@caliper/core';
import type { CaseSummary } from './types';
import { BIOMARKERS, BIOMARKER_UNIT } from './types';

/** RFC 4180 field; a label from a DICOM file cannot start a spreadsheet formula (core csvCell). */
const cell = (v: string | number | null | undefined): string => csvCell(v);

/**
 * The per-lesion table as CSV (RFC 4180): one row per lesion and date, every biomarker column
 * named with its unit, the criterion's value and % change vs the lesion's baseline. No identifiers.
 */
export function tableCsv(summary: CaseSummary): string {
  const q = summary.quantity;
  const header = ['lesion', 'role', 'organ', 'date', 'status', ...BIOMARKERS.map((b) => `${b} (${BIOMARKER_UNIT[b]})`), `${summary.criteria} value (${q.unit})`, '% change from baseline'];
  const rows = summary.table.map((r) => [r.id, r.role, r.organ ?? '', r.date, r.status, ...BIOMARKERS.map((b) => r.values[b]), r.value, r.pct]);
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
