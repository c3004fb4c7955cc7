import { parquetMetadata, parquetReadObjects } from 'hyparquet';

/** Reads a Parquet file's rows as objects keyed by column name (hyparquet), and its key-value metadata. */
export async function readParquet(bytes: ArrayBuffer): Promise<{ rows: Record<string, unknown>[]; meta: Record<string, string> }> {
  const rows = await parquetReadObjects({ file: bytes });
  const md = parquetMetadata(bytes);
  const meta = Object.fromEntries((md.key_value_metadata ?? []).map((kv) => [kv.key, kv.value ?? '']));
  return { rows, meta };
}
