import { readFileSync } from 'node:fs';
import dicomParser from 'dicom-parser';

/** Segmentation Storage and Label Map Segmentation Storage (Sup 243). */
const SEG_STORAGE = new Set(['1.2.840.10008.5.1.4.1.1.66.4', '1.2.840.10008.5.1.4.1.1.66.7']);

/**
 * The segments of a DICOM SEG file (SegmentSequence: number and label), read from the header
 * only; null when the file is not a DICOM SEG (a roi.json, NIfTI, RTSTRUCT, unreadable file).
 */
export function readSegments(file: string): { number: number; label: string }[] | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  if (bytes.length < 132 || bytes.toString('latin1', 128, 132) !== 'DICM') return null;
  try {
    const ds = dicomParser.parseDicom(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { untilTag: 'x7fe00010' });
    if (!SEG_STORAGE.has(ds.string('x00080016') ?? '')) return null;
    return (ds.elements.x00620002?.items ?? []).map((it, i) => ({ number: it.dataSet?.uint16('x00620004') ?? i + 1, label: it.dataSet?.string('x00620005') ?? '' }));
  } catch {
    return null;
  }
}
