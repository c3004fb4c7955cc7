import { existsSync, readFileSync, statSync } from 'node:fs';
import { configHash, sha256 } from '@caliper/batch';
import type { BatchTask } from '@caliper/batch';
import { TASK_OPTIONS } from './taskOptions';

export interface BatchConfig {
  readonly task: BatchTask;
  /** The task options as given (file options as absolute paths). */
  readonly options: Readonly<Record<string, string | true>>;
  /** sha256 of each file option's bytes (radiomics settings, default ROI, exclusion mask). */
  readonly files: Readonly<Record<string, string>>;
  readonly configHash: string;
}

/**
 * The configuration of a batch and its hash. File options enter the hash by content, not by path,
 * so the same settings file mounted elsewhere (another cluster node) is the same config, and an
 * edited one is a new config.
 */
export function batchConfig(task: BatchTask, options: Readonly<Record<string, string | true>>): BatchConfig {
  const files: Record<string, string> = {};
  const hashed: Record<string, string | true> = {};
  for (const [k, v] of Object.entries(options)) {
    const isFile = TASK_OPTIONS[task].some((o) => o.name === k && o.file) && typeof v === 'string' && existsSync(v) && statSync(v).isFile();
    if (isFile) files[k] = sha256(readFileSync(v as string));
    hashed[k] = isFile ? `file:${files[k]}` : v;
  }
  return { task, options, files, configHash: configHash({ task, options: hashed, files: {} }) };
}
