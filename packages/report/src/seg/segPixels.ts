import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { SEGMENTATION_STORAGE } from './exportSeg';

/** Label Map Segmentation Storage (Sup 243, 2024): one frame per position holding every segment. */
export const LABEL_MAP_SEGMENTATION_STORAGE_UID = '1.2.840.10008.5.1.4.1.1.66.7';

/**
 * How a SEG stores membership in its Pixel Data (PS3.3 C.8.20.2; Label Map SEG: Sup 243):
 * - BINARY: 1 bit per pixel, packed LSB first across frame boundaries; a frame is one segment.
 * - FRACTIONAL: 8 bits, fraction = value / MaximumFractionalValue; a frame is one segment.
 * - LABELMAP: 8 or 16 bits (little endian), value = segment number (0 = none); a frame holds every segment.
 */
export type SegPixelEncoding =
  | { readonly kind: 'BINARY' }
  | { readonly kind: 'FRACTIONAL'; readonly maxFraction: number }
  | { readonly kind: 'LABELMAP'; readonly bits: 8 | 16 };

/** The encoding from SOP Class, SegmentationType, BitsAllocated and MaximumFractionalValue; anything else is named. */
export function segPixelEncoding(a: { readonly sopClassUID?: string; readonly segmentationType?: string; readonly bitsAllocated?: number; readonly maxFraction?: number }): Result<SegPixelEncoding> {
  const { sopClassUID, segmentationType: type, bitsAllocated: bits } = a;
  if (sopClassUID !== undefined && sopClassUID !== SEGMENTATION_STORAGE && sopClassUID !== LABEL_MAP_SEGMENTATION_STORAGE_UID) {
    return err(`not a DICOM Segmentation (SOP Class ${sopClassUID})`);
  }
  const labelmapClass = sopClassUID === LABEL_MAP_SEGMENTATION_STORAGE_UID;
  if (type === 'LABELMAP' || (labelmapClass && type === undefined)) {
    if (bits === 8 || bits === 16) return ok({ kind: 'LABELMAP', bits });
    return err(`unsupported Label Map SEG with BitsAllocated ${bits ?? '(missing)'} (8 or 16 expected)`);
  }
  if (labelmapClass) return err(`Label Map Segmentation Storage with SegmentationType ${type} (LABELMAP expected)`);
  // A missing SegmentationType is read from BitsAllocated (1 = BINARY, 8 = FRACTIONAL).
  if ((type === 'BINARY' || type === undefined) && bits === 1) return ok({ kind: 'BINARY' });
  if ((type === 'FRACTIONAL' || type === undefined) && bits === 8) {
    const max = a.maxFraction ?? 255;
    return max > 0 ? ok({ kind: 'FRACTIONAL', maxFraction: max }) : err(`FRACTIONAL SEG with MaximumFractionalValue ${max}`);
  }
  return err(`unsupported SegmentationType ${type ?? '(missing)'} with BitsAllocated ${bits ?? '(missing)'}`);
}

/** Whole frames of `plane` pixels held by `byteLength` bytes of Pixel Data. */
export function segFramesIn(enc: SegPixelEncoding, byteLength: number, plane: number): number {
  if (plane <= 0) return 0;
  if (enc.kind === 'BINARY') return Math.floor((byteLength * 8) / plane);
  return Math.floor(byteLength / (plane * (enc.kind === 'LABELMAP' ? enc.bits / 8 : 1)));
}

/**
 * Value of pixel `p` of frame `frame`: 0/1 (BINARY), the fraction's stored value (FRACTIONAL) or the
 * segment number (LABELMAP). The caller has checked the frame is within the data (segFramesIn).
 */
export function segPixelValue(pixels: Uint8Array, enc: SegPixelEncoding, frame: number, plane: number, p: number): number {
  const at = frame * plane + p;
  if (enc.kind === 'BINARY') return (pixels[at >> 3] >> (at & 7)) & 1;
  if (enc.kind === 'LABELMAP' && enc.bits === 16) return pixels[2 * at] | (pixels[2 * at + 1] << 8);
  return pixels[at];
}

/**
 * Membership of one frame's pixels in `segment`, written into `out` (0/1, length `plane`); returns
 * the member count. BINARY: the bit is set. FRACTIONAL: fraction ≥ 0.5 (value · 2 ≥ max, value > 0).
 * LABELMAP: the label equals `segment`. For BINARY and FRACTIONAL the caller picks the frames of the
 * segment (Segment Identification); a label map frame holds every segment.
 */
export function decodeSegFrame(pixels: Uint8Array, enc: SegPixelEncoding, frame: number, plane: number, segment: number, out: Uint8Array): number {
  let n = 0;
  for (let p = 0; p < plane; p++) {
    const v = segPixelValue(pixels, enc, frame, plane, p);
    const inside = enc.kind === 'BINARY' ? v === 1 : enc.kind === 'FRACTIONAL' ? v > 0 && v * 2 >= enc.maxFraction : v === segment;
    out[p] = inside ? 1 : 0;
    if (inside) n++;
  }
  return n;
}

/** The SEG's equipment attributes (General Equipment module): who wrote it. */
export interface SegWriter {
  readonly manufacturer?: string;
  readonly modelName?: string;
  readonly softwareVersions?: string;
  readonly deviceSerialNumber?: string;
}

/** The writer fields of a naturalized SEG data set. */
export function segWriterOf(ds: Record<string, unknown>): SegWriter {
  const s = (v: unknown) => (Array.isArray(v) ? v.join('\\') : v === undefined || v === null ? undefined : String(v).trim());
  return { manufacturer: s(ds.Manufacturer), modelName: s(ds.ManufacturerModelName), softwareVersions: s(ds.SoftwareVersions), deviceSerialNumber: s(ds.DeviceSerialNumber) };
}

/**
 * dcmjs's DerivedDataset writes these equipment defaults when its caller gives none (Manufacturer
 * and ManufacturerModelName 'Unspecified', SoftwareVersions '0', DeviceSerialNumber '1'), as its
 * Cornerstone Segmentation adapter (OHIF v2's "Export SEG") does; or a writer names dcmjs,
 * Cornerstone or OHIF itself.
 */
export function isDcmjsSegWriter(w: SegWriter): boolean {
  const named = [w.manufacturer, w.modelName, w.softwareVersions].some((v) => v !== undefined && /dcmjs|cornerstone|ohif/i.test(v));
  const defaults = w.manufacturer === 'Unspecified' && w.modelName === 'Unspecified' && w.softwareVersions === '0' && w.deviceSerialNumber === '1';
  return named || defaults;
}

/**
 * A FRACTIONAL SEG whose stored values are only 0 and 1 although MaximumFractionalValue is larger.
 * dcmjs's Cornerstone SEG export (OHIF v2) RLE-encodes its 0/1 labelmap and declares FRACTIONAL
 * PROBABILITY with maximum 255: read literally every voxel would be 1/255 and every segment empty.
 * Only from that writer (isDcmjsSegWriter) is 1 read as inside; from any other writer the values are
 * read as PS3.3 C.8.20.2.3 says (1/255 < 0.5: outside) — an AI probability map of a negative scan
 * whose faint halo rounds to 1 must not become a lesion. Either way the note says what was done.
 */
export function unitFractionMask(enc: SegPixelEncoding, pixels: Uint8Array, writer: SegWriter): { readonly enc: SegPixelEncoding; readonly note?: string } {
  if (enc.kind !== 'FRACTIONAL' || enc.maxFraction <= 1) return { enc };
  let ones = 0;
  for (let p = 0; p < pixels.length; p++) {
    if (pixels[p] > 1) return { enc };
    ones += pixels[p];
  }
  if (ones === 0) return { enc };
  if (!isDcmjsSegWriter(writer)) {
    return { enc, note: `FRACTIONAL SEG holds only the values 0 and 1 (MaximumFractionalValue ${enc.maxFraction}): read as fractions 1/${enc.maxFraction} (below 0.5, outside) as the standard says; only dcmjs/OHIF SEGs are read as binary masks` };
  }
  return {
    enc: { kind: 'FRACTIONAL', maxFraction: 1 },
    note: `FRACTIONAL SEG from dcmjs/OHIF holds only the values 0 and 1 (MaximumFractionalValue ${enc.maxFraction}): read as a binary mask (1 = inside), as its writer meant`,
  };
}
