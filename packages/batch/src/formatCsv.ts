import { TABLE_COLUMNS } from './types';
import type { TableRow } from './types';

const field = (v: string | number | null): string => {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The row's values in TABLE_COLUMNS order. */
export function rowValues(r: TableRow): (string | number | null)[] {
  return [r.item, r.patient, r.timepoint, r.task, r.roi, r.feature, r.value, r.text, r.unit, r.status, r.error, r.caliperVersion, r.configHash, r.inputHash, r.inputUids];
}

/** Cohort table → CSV (RFC 4180, header row, numbers in full precision as JS prints them, null = empty). */
export function formatCsv(rows: readonly TableRow[]): string {
  return [TABLE_COLUMNS.join(','), ...rows.map((r) => rowValues(r).map(field).join(','))].join('\n') + '\n';
}
