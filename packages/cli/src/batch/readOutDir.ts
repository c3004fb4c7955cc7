import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ItemRecord } from '@caliper/batch';

/** Every item record of an output folder with its document (null when it failed or is missing). */
export function readOutDir(dir: string): { record: ItemRecord; doc: Record<string, unknown> | null }[] {
  const items = path.join(dir, 'items');
  if (!existsSync(items)) return [];
  return readdirSync(items)
    .filter((f) => f.endsWith('.meta.json'))
    .sort()
    .map((f) => {
      const record = JSON.parse(readFileSync(path.join(items, f), 'utf8')) as ItemRecord;
      const docFile = path.join(items, f.replace(/\.meta\.json$/, '.json'));
      const doc = record.status === 'ok' && existsSync(docFile) ? (JSON.parse(readFileSync(docFile, 'utf8')) as Record<string, unknown>) : null;
      return { record, doc };
    });
}
