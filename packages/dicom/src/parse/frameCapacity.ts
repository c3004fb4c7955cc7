import type { DataSet } from 'dicom-parser';

/**
 * Most frames the Pixel Data element can hold: native data, its length over one frame's size
 * (rounded up, so a truncated last frame is left to the decoder to report); encapsulated data
 * (PS3.5 A.4), one frame per fragment at most. A hostile NumberOfFrames (0028,0008) is checked
 * against this before anything is allocated or looped per frame.
 */
export function frameCapacity(ds: DataSet, rows: number, columns: number, samplesPerPixel: number, bitsAllocated: number): number {
  const el = ds.elements.x7fe00010 ?? ds.elements.x7fe00008 ?? ds.elements.x7fe00009;
  if (!el) return 0;
  if (el.encapsulatedPixelData) return Math.max(el.fragments?.length ?? 0, el.basicOffsetTable?.length ?? 0);
  const bits = ds.elements.x7fe00010 ? bitsAllocated : ds.elements.x7fe00008 ? 32 : 64;
  const frameBits = rows * columns * Math.max(1, samplesPerPixel) * bits;
  if (frameBits <= 0) return 0;
  const available = Math.min(el.length, Math.max(0, (ds.byteArray as Uint8Array).length - el.dataOffset));
  return Math.ceil((available * 8) / frameBits);
}
