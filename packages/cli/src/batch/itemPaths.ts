import path from 'node:path';
import { itemFileName } from '@caliper/batch';

/** Where one item's files live in an output folder. */
export function itemPaths(outDir: string, key: string): { doc: string; meta: string; log: string; adcDir: string; workDir: string; sr: string; seg: string } {
  const f = itemFileName(key);
  const items = path.join(outDir, 'items');
  return {
    doc: path.join(items, `${f}.json`),
    meta: path.join(items, `${f}.meta.json`),
    log: path.join(items, `${f}.log`),
    adcDir: path.join(items, `${f}.adc`),
    sr: path.join(items, `${f}.sr.dcm`),
    seg: path.join(items, `${f}.seg.dcm`),
    workDir: path.join(outDir, '.work', f),
  };
}
