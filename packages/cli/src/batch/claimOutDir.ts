import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BatchConfig } from './batchConfig';
import { writeAtomic } from './writeAtomic';

/**
 * Makes `dir` the output folder of this config: creates it with batch.json, or accepts it when its
 * batch.json has the same config hash. A folder of another config is refused (its items would mix
 * two methods) unless `force`, which rewrites batch.json; its items are then recomputed because
 * their config hash differs.
 */
export function claimOutDir(dir: string, config: BatchConfig, version: string, force: boolean): { ok: true } | { ok: false; error: string } {
  const file = path.join(dir, 'batch.json');
  if (existsSync(file) && !force) {
    let prev: { task?: string; configHash?: string };
    try {
      prev = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return { ok: false, error: `${file} is not a caliper batch record: use another --out or --force` };
    }
    if (prev.configHash !== config.configHash) return { ok: false, error: `${dir} holds a batch of another config (task ${prev.task}, config ${prev.configHash}; this run: task ${config.task}, config ${config.configHash}): use another --out, or --force to recompute it` };
  }
  mkdirSync(path.join(dir, 'items'), { recursive: true });
  writeAtomic(file, JSON.stringify({ tool: 'caliper batch', caliperVersion: version, task: config.task, options: config.options, files: config.files, configHash: config.configHash }, null, 2) + '\n');
  return { ok: true };
}
