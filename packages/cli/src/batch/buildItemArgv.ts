import path from 'node:path';
import type { BatchTask, ManifestItem } from '@caliper/batch';

/**
 * The argv of the single-study command for one item: its inputs, the item's ROI (manifest `roi`,
 * else --roi; one segment of a SEG: the roi.json `segmentRoi`), the forwarded task options, and --json. `adcDir` is where `adc` writes the map.
 * Returns an error when measure/radiomics has no ROI for the item.
 */
export function buildItemArgv(task: BatchTask, item: ManifestItem, inputs: readonly string[], options: Readonly<Record<string, string | true>>, adcDir: string, segmentRoi: string | null = null): { ok: true; argv: string[]; roi: string | null } | { ok: false; error: string } {
  const forwarded: string[] = [];
  for (const [k, v] of Object.entries(options)) {
    if (k === 'roi') continue;
    forwarded.push(`--${k}`);
    if (v !== true) forwarded.push(v);
  }
  switch (task) {
    case 'measure':
    case 'radiomics': {
      const roi = item.roi ?? (typeof options.roi === 'string' ? options.roi : null);
      if (!roi) return { ok: false, error: `no ROI: give a roi column (manifest line ${item.lines.join(', ')}) or --roi` };
      // One segment of a SEG: `segmentRoi` is a roi.json {"type":"mask","path":roi,"segment":n}.
      if (item.segment !== null && segmentRoi) return { ok: true, argv: [...inputs, '--roi', segmentRoi, ...forwarded, '--json'], roi: `${roiLabel(roi)}#${item.segment}` };
      return { ok: true, argv: [...inputs, '--roi', roi, ...forwarded, '--json'], roi: item.segment !== null ? `${roiLabel(roi)}#${item.segment}` : roiLabel(roi) };
    }
    case 'burden':
      return { ok: true, argv: [...inputs, ...forwarded, '--json'], roi: 'total' };
    case 'adc':
      return { ok: true, argv: [...inputs, '--out', adcDir, '--json'], roi: 'series' };
    case 'response': {
      const timeline = inputs.length === 1 && /\.json$/i.test(inputs[0]);
      return { ok: true, argv: [...(timeline ? [] : ['--from-sr']), ...inputs, ...forwarded, '--json'], roi: null };
    }
  }
}

/** ROI label for the table: the ROI file's name without its extension(s). */
export function roiLabel(file: string): string {
  return path.basename(file).replace(/(\.nii)?(\.gz)?$/i, '').replace(/\.[^.]+$/, '') || 'roi';
}
