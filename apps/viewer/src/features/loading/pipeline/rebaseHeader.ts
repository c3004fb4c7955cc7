import type { DataSet } from 'dicom-parser';

/**
 * Points a parsed data set (and every nested sequence item) at `head`, a copy of the object's bytes
 * up to its Pixel Data, so the header stays readable on the main thread once the full bytes are
 * transferred to a decode worker. Element offsets are unchanged: `head` is a prefix of the original.
 */
export function rebaseHeader(ds: DataSet, head: Uint8Array): void {
  (ds as { byteArray: Uint8Array }).byteArray = head;
  for (const el of Object.values(ds.elements)) {
    for (const item of el.items ?? []) if (item.dataSet) rebaseHeader(item.dataSet, head);
  }
}

/** Byte offset where the Pixel Data element (or the first element after the header) starts. */
export function headerLength(ds: DataSet, total: number): number {
  const px = ds.elements.x7fe00010 ?? ds.elements.x7fe00008 ?? ds.elements.x7fe00009;
  if (!px) return total;
  // Tag (4) + VR (2) + reserved (2) + length (4) in explicit VR; tag + length (8) in implicit VR.
  const explicit = px.vr !== undefined;
  return Math.max(0, px.dataOffset - (explicit ? 12 : 8));
}
