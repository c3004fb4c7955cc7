// @caliper/batch: the pure logic of `caliper batch` (manifest, shards, hashes, cohort table, CSV/Parquet, merge).
export * from './types';
export { parseCsv } from './parseCsv';
export type { CsvRecord } from './parseCsv';
export { parseManifest, MANIFEST_COLUMNS } from './parseManifest';
export type { ParseManifestOptions } from './parseManifest';
export { parseShard, shardOf } from './shard';
export type { Shard } from './shard';
export { canonicalJson, sha256, configHash, inputHash } from './hashes';
export { itemFileName } from './itemFileName';
export { docToFeatures } from './docToFeatures';
export { buildTable } from './buildTable';
export { formatCsv, rowValues } from './formatCsv';
export { toParquet } from './toParquet';
export { readParquet } from './readParquet';
export { mergeRecords } from './mergeRecords';
