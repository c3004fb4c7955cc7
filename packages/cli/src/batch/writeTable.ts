import path from 'node:path';
import { buildTable, formatCsv, toParquet } from '@caliper/batch';
import type { ItemRecord, TableRow } from '@caliper/batch';
import { writeAtomic } from './writeAtomic';

/** Writes the cohort table of `items` as table.csv and table.parquet in `dir` (atomically); returns the rows. */
export function writeTable(dir: string, items: readonly { record: ItemRecord; doc: Record<string, unknown> | null }[], meta: Readonly<Record<string, string>>): { rows: TableRow[]; csv: string; parquet: string } {
  const rows = buildTable(items);
  const csv = path.join(dir, 'table.csv');
  const parquet = path.join(dir, 'table.parquet');
  writeAtomic(csv, formatCsv(rows));
  writeAtomic(parquet, new Uint8Array(toParquet(rows, meta)));
  return { rows, csv, parquet };
}
