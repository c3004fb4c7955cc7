import type { ExportContext } from './dicom/exportContext';
import type { Reading } from './model/schema';
import type { ExportedSeg } from './seg/exportSeg';
import { exportSeg } from './seg/exportSeg';
import type { ExportedSr } from './sr/exportSr';
import { exportSr } from './sr/exportSr';
import { burdenSegmentation } from './burden/burdenSegmentation';

export interface ExportedReading {
  /** DICOM SR TID 1500, Part 10 bytes. */
  readonly sr: Uint8Array;
  /** The first (usually only) SEG, Part 10 bytes; absent when the reading has no segmentation. */
  readonly seg?: Uint8Array;
  /** One SEG per segmentation of the reading (each on its own referenced series grid). */
  readonly segs: readonly ExportedSeg[];
  readonly srInfo: ExportedSr;
  readonly warnings: readonly string[];
}

/** Export a reading as SR (+ SEG for its segmentations), the SR referencing each SEG segment. */
export function exportReading(reading: Reading, ctx: ExportContext): ExportedReading {
  const segs = reading.segmentations.map((s) => exportSeg(s, ctx));
  const pre: string[] = [];
  if (reading.burden !== undefined && reading.burden.lesions.length > 0) {
    // The whole-body lesions as one more SEG (segment n = burden lesion n), referenced by their SR groups.
    const b = burdenSegmentation(reading.burden);
    if (b.ok) segs.push(exportSeg(b.value, ctx));
    else pre.push(`whole-body burden: ${b.error}`);
  }
  const srInfo = exportSr(reading, ctx, { segs: segs.map((s) => s.ref) });
  const warnings = [...pre, ...segs.flatMap((s) => s.warnings), ...srInfo.warnings];
  return { sr: srInfo.bytes, ...(segs.length > 0 ? { seg: segs[0].bytes } : {}), segs, srInfo, warnings };
}
