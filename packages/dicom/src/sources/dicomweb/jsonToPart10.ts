import type { DicomJson } from './qidoModel';
import { concatBytes } from '../../bytes/concatBytes';

// DICOM JSON (PS3.18 F.2) → Explicit VR Little Endian Part 10 bytes, so WADO-RS "metadata +
// frames" retrieval ends in the same parser (and Instance model) as a local file.

const EXPLICIT_LE = '1.2.840.10008.1.2.1';
const LONG_LENGTH = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'UC', 'UN', 'UR', 'UT']);
const NUMERIC: Record<string, [number, (v: DataView, o: number, x: number) => void]> = {
  US: [2, (v, o, x) => v.setUint16(o, x, true)],
  SS: [2, (v, o, x) => v.setInt16(o, x, true)],
  UL: [4, (v, o, x) => v.setUint32(o, x, true)],
  SL: [4, (v, o, x) => v.setInt32(o, x, true)],
  FL: [4, (v, o, x) => v.setFloat32(o, x, true)],
  FD: [8, (v, o, x) => v.setFloat64(o, x, true)],
};

type Attribute = { vr?: string; Value?: readonly unknown[]; InlineBinary?: string };

function ascii(s: string, pad: string): Uint8Array {
  const even = s.length % 2 ? s + pad : s;
  return new TextEncoder().encode(even);
}

function base64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length + (bin.length % 2));
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function valueBytes(vr: string, a: Attribute): Uint8Array | undefined {
  const values = a.Value ?? [];
  if (a.InlineBinary !== undefined) return base64(a.InlineBinary);
  if (vr in NUMERIC) {
    const [size, put] = NUMERIC[vr];
    const view = new DataView(new ArrayBuffer(size * values.length));
    values.forEach((x, i) => put(view, i * size, Number(x)));
    return new Uint8Array(view.buffer);
  }
  if (vr === 'AT') {
    const view = new DataView(new ArrayBuffer(4 * values.length));
    values.forEach((x, i) => {
      const t = parseInt(String(x), 16);
      view.setUint16(i * 4, t >>> 16, true);
      view.setUint16(i * 4 + 2, t & 0xffff, true);
    });
    return new Uint8Array(view.buffer);
  }
  if (vr === 'SQ') return concatBytes(values.map((item) => itemBytes(encodeDataSet(item as DicomJson))));
  if (/^O.$|^UN$/.test(vr)) return undefined; // BulkDataURI only: not inlined
  const text = values.map((x) => (x === null ? '' : typeof x === 'object' ? String((x as { Alphabetic?: string }).Alphabetic ?? '') : String(x))).join('\\');
  return ascii(text, vr === 'UI' ? '\0' : ' ');
}

function itemBytes(body: Uint8Array): Uint8Array {
  const h = new DataView(new ArrayBuffer(8));
  h.setUint16(0, 0xfffe, true);
  h.setUint16(2, 0xe000, true);
  h.setUint32(4, body.length, true);
  return concatBytes([new Uint8Array(h.buffer), body]);
}

export function elementBytes(tag: number, vr: string, value: Uint8Array): Uint8Array {
  const long = LONG_LENGTH.has(vr);
  const h = new DataView(new ArrayBuffer(long ? 12 : 8));
  h.setUint16(0, tag >>> 16, true);
  h.setUint16(2, tag & 0xffff, true);
  h.setUint8(4, vr.charCodeAt(0));
  h.setUint8(5, vr.charCodeAt(1));
  if (long) h.setUint32(8, value.length, true);
  else h.setUint16(6, value.length, true);
  return concatBytes([new Uint8Array(h.buffer), value]);
}

/** Encode a DICOM JSON data set (sorted by tag; group 0002 and Pixel Data left out). */
export function encodeDataSet(json: DicomJson): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const key of Object.keys(json).sort()) {
    const tag = parseInt(key, 16);
    const a = json[key] as Attribute | undefined;
    if (!a?.vr || tag >>> 16 === 0x0002 || tag === 0x7fe00010) continue;
    const v = valueBytes(a.vr, a);
    if (v) parts.push(elementBytes(tag, a.vr, v));
  }
  return concatBytes(parts);
}

/**
 * Part 10 file from WADO-RS instance metadata plus its frames retrieved as
 * application/octet-stream (uncompressed little endian, frames concatenated as Pixel Data).
 */
export function jsonToPart10(json: DicomJson, frames: readonly Uint8Array[]): Uint8Array {
  const bits = Number((json['00280100'] as Attribute | undefined)?.Value?.[0] ?? 16);
  const sop = String((json['00080018'] as Attribute | undefined)?.Value?.[0] ?? '');
  const sopClass = String((json['00080016'] as Attribute | undefined)?.Value?.[0] ?? '');
  const meta = concatBytes([
    elementBytes(0x00020001, 'OB', Uint8Array.from([0, 1])),
    elementBytes(0x00020002, 'UI', ascii(sopClass, '\0')),
    elementBytes(0x00020003, 'UI', ascii(sop, '\0')),
    elementBytes(0x00020010, 'UI', ascii(EXPLICIT_LE, '\0')),
  ]);
  const groupLength = new DataView(new ArrayBuffer(4));
  groupLength.setUint32(0, meta.length, true);
  let pixels = concatBytes(frames);
  if (pixels.length % 2) pixels = concatBytes([pixels, new Uint8Array(1)]);
  return concatBytes([
    new Uint8Array(128),
    new TextEncoder().encode('DICM'),
    elementBytes(0x00020000, 'UL', new Uint8Array(groupLength.buffer)),
    meta,
    encodeDataSet(json),
    elementBytes(0x7fe00010, bits > 8 ? 'OW' : 'OB', pixels),
  ]);
}
