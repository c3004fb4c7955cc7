import { exportSeg, exportSr } from '@caliper/report';
import type { ItemReading } from './itemReading';

export interface ItemDicom {
  readonly sr: Uint8Array;
  readonly seg: Uint8Array;
  readonly warnings: readonly string[];
}

/** The item's reading as a DICOM SEG (the ROI's voxels) and a TID 1500 SR referencing its segment, with the item's stable UIDs. */
export function itemDicom(r: ItemReading): ItemDicom {
  const seg = exportSeg(r.reading.segmentations[0], r.context, { sopInstanceUID: r.uids.seg, seriesInstanceUID: r.uids.segSeries });
  const sr = exportSr(r.reading, r.context, { segs: [seg.ref], sopInstanceUID: r.uids.sr, seriesInstanceUID: r.uids.srSeries });
  return { sr: sr.bytes, seg: seg.bytes, warnings: [...seg.warnings, ...sr.warnings] };
}
