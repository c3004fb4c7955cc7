import { parquetWriteBuffer } from 'hyparquet-writer';
import type { TableRow } from './types';

/**
 * Cohort table → Parquet bytes (hyparquet-writer, Snappy): strings as UTF8 byte arrays, `value` as
 * nullable DOUBLE; same columns as the CSV. pandas (`read_parquet`), R (`arrow::read_parquet`) and
 * DuckDB read it as is. Provenance is also in the file's key-value metadata.
 */
export function toParquet(rows: readonly TableRow[], meta: Readonly<Record<string, string>> = {}): ArrayBuffer {
  const s = (f: (r: TableRow) => string | null) => rows.map(f);
  return parquetWriteBuffer({
    columnData: [
      { name: 'item', data: s((r) => r.item), type: 'STRING' },
      { name: 'patient', data: s((r) => r.patient), type: 'STRING' },
      { name: 'timepoint', data: s((r) => r.timepoint), type: 'STRING' },
      { name: 'task', data: s((r) => r.task), type: 'STRING' },
      { name: 'roi', data: s((r) => r.roi), type: 'STRING' },
      { name: 'feature', data: s((r) => r.feature), type: 'STRING' },
      { name: 'value', data: rows.map((r) => r.value), type: 'DOUBLE' },
      { name: 'text', data: s((r) => r.text), type: 'STRING' },
      { name: 'unit', data: s((r) => r.unit), type: 'STRING' },
      { name: 'status', data: s((r) => r.status), type: 'STRING' },
      { name: 'error', data: s((r) => r.error), type: 'STRING' },
      { name: 'caliper_version', data: s((r) => r.caliperVersion), type: 'STRING' },
      { name: 'config_hash', data: s((r) => r.configHash), type: 'STRING' },
      { name: 'input_hash', data: s((r) => r.inputHash), type: 'STRING' },
      { name: 'input_uids', data: s((r) => r.inputUids), type: 'STRING' },
    ],
    kvMetadata: Object.entries(meta).map(([key, value]) => ({ key, value })),
    createdBy: 'caliper batch',
  });
}
