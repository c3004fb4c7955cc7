import { docToFeatures } from './docToFeatures';
import type { ItemRecord, TableRow } from './types';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The cohort table of a set of items: one row per item × ROI × feature for an item that
 * succeeded, one row (empty feature, the reason in `error`) for an item that failed. Rows are
 * sorted by item key, then in the document's feature order, so the table depends only on the
 * items and never on the order or the machines they ran on.
 */
export function buildTable(items: readonly { record: ItemRecord; doc: Record<string, unknown> | null }[]): TableRow[] {
  const sorted = [...items].sort((a, b) => cmp(a.record.key, b.record.key));
  const rows: TableRow[] = [];
  for (const { record: r, doc } of sorted) {
    const base = {
      item: r.key,
      patient: r.patient,
      timepoint: r.timepoint,
      task: r.task,
      status: r.status,
      error: r.error,
      caliperVersion: r.caliperVersion,
      configHash: r.configHash,
      inputHash: r.inputHash,
      inputUids: r.inputUids.join(';'),
    };
    if (r.status === 'failed' || !doc) {
      rows.push({ ...base, status: 'failed', error: r.error ?? 'no output document', roi: r.roi ?? '', feature: '', value: null, text: null, unit: '' });
      continue;
    }
    for (const f of docToFeatures(r.task, doc, r.roi ?? 'default')) rows.push({ ...base, ...f });
  }
  return rows;
}
