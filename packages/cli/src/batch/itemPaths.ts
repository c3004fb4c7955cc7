import path from 'node:path';
import { itemFileName } from '@caliper/batch';

/** Where one item's files live in an output folder. */
export function itemPaths(outDir: string, key: string): { doc: string; meta: string; log: string; adcDir: string; workDir: string } {
  const f = itemFileName(key);
  const items = path.join(outDir, 'items');
  return {
    doc: path.join(items, `${f}.json`),
    meta: path.join(items, `${f}.meta.json`),
    log: path.join(items, `${f}.log`),
    adcDir: path.join(items, `${f}.adc`),
    workDir: path.join(outDir, '.work', f),
  };
}
