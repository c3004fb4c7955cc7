import dicomParser from 'dicom-parser';
import type { DataSet } from 'dicom-parser';

/** One element for a hand-built explicit-VR little-endian data set: [tag 'ggggeeee', VR, value]. */
export type El = [string, string, string | Uint8Array];

/** Builds a tiny data set (no file meta) and parses it with dicom-parser, for unit tests. */
export function encodeDataSet(elements: El[]): DataSet {
  const parts: number[] = [];
  const u16 = (v: number) => parts.push(v & 0xff, (v >> 8) & 0xff);
  const u32 = (v: number) => {
    u16(v & 0xffff);
    u16(v >>> 16);
  };
  for (const [tag, vr, value] of [...elements].sort((a, b) => a[0].localeCompare(b[0]))) {
    let bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
    if (bytes.length % 2) bytes = Uint8Array.from([...bytes, vr === 'UI' ? 0 : 0x20]);
    u16(parseInt(tag.slice(0, 4), 16));
    u16(parseInt(tag.slice(4), 16));
    parts.push(vr.charCodeAt(0), vr.charCodeAt(1));
    if (['OB', 'OW', 'OF', 'SQ', 'UT', 'UN'].includes(vr)) {
      u16(0);
      u32(bytes.length);
    } else u16(bytes.length);
    parts.push(...bytes);
  }
  return dicomParser.parseDicom(Uint8Array.from(parts), { TransferSyntaxUID: '1.2.840.10008.1.2.1' } as never);
}

export const float32 = (v: number): Uint8Array => new Uint8Array(Float32Array.of(v).buffer);
export const float64 = (v: number): Uint8Array => new Uint8Array(Float64Array.of(v).buffer);
