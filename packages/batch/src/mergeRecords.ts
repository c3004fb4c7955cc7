import type { ItemRecord } from './types';

/**
 * Items of several output folders (shards, or a cancelled and requeued task's repeated run) →
 * one record per item key. Two records of one key are the same item run twice: a success beats a
 * failure, then the later `finishedAt` wins. Records of another config are an error (they would
 * mix two methods in one table).
 */
export function mergeRecords<T extends { record: ItemRecord }>(items: readonly T[]): { ok: true; items: T[]; duplicates: number } | { ok: false; error: string } {
  const by = new Map<string, T>();
  let duplicates = 0;
  const configs = new Set(items.map((i) => i.record.configHash));
  if (configs.size > 1) return { ok: false, error: `the folders hold items of ${configs.size} configs (${[...configs].join(', ')}): merge one config at a time` };
  for (const it of items) {
    const prev = by.get(it.record.key);
    if (!prev) {
      by.set(it.record.key, it);
      continue;
    }
    duplicates++;
    const better = prev.record.status !== it.record.status ? it.record.status === 'ok' : it.record.finishedAt > prev.record.finishedAt;
    if (better) by.set(it.record.key, it);
  }
  return { ok: true, items: [...by.values()], duplicates };
}
