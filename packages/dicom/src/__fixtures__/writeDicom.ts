// Test fixture: a minimal DICOM writer (Explicit or Implicit VR Little Endian, Explicit VR Big
// Endian, Part 10 or bare),
// so tests can build exactly the objects they need with hand-known values.

export type Value = string | number[] | Uint8Array | Uint16Array | Int16Array;
export interface El {
  readonly tag: number; // 0xGGGGEEEE
  readonly vr: string;
  readonly value: Value;
}

const LONG = new Set(['OB', 'OW', 'OF', 'SQ', 'UT', 'UN']);

function valueBytes(vr: string, v: Value, le: boolean): Uint8Array {
  // Raw bytes are written as given, in either byte order: a test states exactly what is stored.
  if (v instanceof Uint8Array) return v.length % 2 ? Uint8Array.from([...v, 0]) : v;
  if (v instanceof Uint16Array || v instanceof Int16Array) {
    const b = new Uint8Array(v.buffer, v.byteOffset, v.byteLength).slice();
    if (!le) for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
    return b;
  }
  if (typeof v === 'string') {
    const pad = vr === 'UI' ? '\0' : ' ';
    const s = v.length % 2 ? v + pad : v;
    return new TextEncoder().encode(s);
  }
  const b = new DataView(new ArrayBuffer(v.length * (vr === 'UL' || vr === 'SL' ? 4 : 2)));
  v.forEach((x, i) => (vr === 'UL' ? b.setUint32(i * 4, x, le) : vr === 'SL' ? b.setInt32(i * 4, x, le) : vr === 'SS' ? b.setInt16(i * 2, x, le) : b.setUint16(i * 2, x, le)));
  return new Uint8Array(b.buffer);
}

export function encodeElements(elements: readonly El[], explicit = true, littleEndian = true): Uint8Array {
  const parts: Uint8Array[] = [];
  const le = littleEndian;
  for (const el of [...elements].sort((a, b) => a.tag - b.tag)) {
    const val = valueBytes(el.vr, el.value, le);
    const head = new DataView(new ArrayBuffer(explicit ? (LONG.has(el.vr) ? 12 : 8) : 8));
    head.setUint16(0, el.tag >>> 16, le);
    head.setUint16(2, el.tag & 0xffff, le);
    if (!explicit) head.setUint32(4, val.length, le);
    else {
      head.setUint8(4, el.vr.charCodeAt(0));
      head.setUint8(5, el.vr.charCodeAt(1));
      if (LONG.has(el.vr)) head.setUint32(8, val.length, le);
      else head.setUint16(6, val.length, le);
    }
    parts.push(new Uint8Array(head.buffer), val);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Part 10 file: preamble, "DICM", meta group (with group length), then the data set. */
export function writePart10(elements: readonly El[], transferSyntaxUID = '1.2.840.10008.1.2.1'): Uint8Array {
  const explicit = transferSyntaxUID !== '1.2.840.10008.1.2';
  const sop = elements.find((e) => e.tag === 0x00080018)?.value;
  const meta = encodeElements([
    { tag: 0x00020001, vr: 'OB', value: Uint8Array.from([0, 1]) },
    { tag: 0x00020003, vr: 'UI', value: typeof sop === 'string' ? sop : '1.2.3' },
    { tag: 0x00020010, vr: 'UI', value: transferSyntaxUID },
  ]);
  const groupLength = encodeElements([{ tag: 0x00020000, vr: 'UL', value: [meta.length] }]);
  const body = encodeElements(elements, explicit, transferSyntaxUID !== '1.2.840.10008.1.2.2');
  const out = new Uint8Array(132 + groupLength.length + meta.length + body.length);
  out.set([0x44, 0x49, 0x43, 0x4d], 128);
  out.set(groupLength, 132);
  out.set(meta, 132 + groupLength.length);
  out.set(body, 132 + groupLength.length + meta.length);
  return out;
}

export interface SliceSpec {
  readonly sop: string;
  readonly series?: string;
  readonly modality?: string;
  readonly ipp?: readonly number[];
  readonly iop?: readonly number[];
  readonly spacing?: readonly number[];
  readonly instanceNumber?: number;
  readonly rows?: number;
  readonly columns?: number;
  readonly pixels: Int16Array | Uint16Array;
  readonly signed?: boolean;
  readonly slope?: number;
  readonly intercept?: number;
  readonly units?: string;
  readonly extra?: readonly El[];
}

/** A 16-bit monochrome image slice with the given geometry. */
export function writeSlice(s: SliceSpec, transferSyntaxUID?: string): Uint8Array {
  const els: El[] = [
    { tag: 0x00080016, vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
    { tag: 0x00080018, vr: 'UI', value: s.sop },
    { tag: 0x00080060, vr: 'CS', value: s.modality ?? 'CT' },
    { tag: 0x0020000d, vr: 'UI', value: '1.2.3.4' },
    { tag: 0x0020000e, vr: 'UI', value: s.series ?? '1.2.3.4.5' },
    { tag: 0x00280002, vr: 'US', value: [1] },
    { tag: 0x00280004, vr: 'CS', value: 'MONOCHROME2' },
    { tag: 0x00280010, vr: 'US', value: [s.rows ?? 2] },
    { tag: 0x00280011, vr: 'US', value: [s.columns ?? 3] },
    { tag: 0x00280100, vr: 'US', value: [16] },
    { tag: 0x00280101, vr: 'US', value: [16] },
    { tag: 0x00280102, vr: 'US', value: [15] },
    { tag: 0x00280103, vr: 'US', value: [s.signed === false ? 0 : 1] },
    { tag: 0x7fe00010, vr: 'OW', value: s.pixels },
    ...(s.extra ?? []),
  ];
  const ds = (v: readonly number[]) => v.map((x) => String(x)).join('\\');
  if (s.ipp) els.push({ tag: 0x00200032, vr: 'DS', value: ds(s.ipp) });
  if (s.iop) els.push({ tag: 0x00200037, vr: 'DS', value: ds(s.iop) });
  if (s.spacing) els.push({ tag: 0x00280030, vr: 'DS', value: ds(s.spacing) });
  if (s.instanceNumber !== undefined) els.push({ tag: 0x00200013, vr: 'IS', value: String(s.instanceNumber) });
  if (s.slope !== undefined) els.push({ tag: 0x00281053, vr: 'DS', value: String(s.slope) });
  if (s.intercept !== undefined) els.push({ tag: 0x00281052, vr: 'DS', value: String(s.intercept) });
  if (s.units) els.push({ tag: 0x00541001, vr: 'CS', value: s.units });
  return writePart10(els, transferSyntaxUID);
}

/**
 * Part 10 file whose Pixel Data is encapsulated (PS3.5 A.4): undefined length, a Basic Offset
 * Table item (empty unless `withOffsets`), one fragment item per frame, sequence delimiter.
 */
export function writeEncapsulated(elements: readonly El[], frames: readonly Uint8Array[], transferSyntaxUID: string, withOffsets = false): Uint8Array {
  const head = writePart10(elements, transferSyntaxUID);
  const items: number[] = [];
  const item = (tagLo: number, bytes: Uint8Array) => {
    const h = new DataView(new ArrayBuffer(8));
    h.setUint16(0, 0xfffe, true);
    h.setUint16(2, tagLo, true);
    h.setUint32(4, bytes.length, true);
    items.push(...new Uint8Array(h.buffer), ...bytes);
  };
  const padded = frames.map((f) => (f.length % 2 ? Uint8Array.from([...f, 0]) : f));
  const offsets = new DataView(new ArrayBuffer(withOffsets ? 4 * frames.length : 0));
  let o = 0;
  padded.forEach((f, i) => {
    if (withOffsets) offsets.setUint32(4 * i, o, true);
    o += 8 + f.length;
  });
  item(0xe000, new Uint8Array(offsets.buffer));
  for (const f of padded) item(0xe000, f);
  item(0xe0dd, new Uint8Array(0));
  const pixelHeader = Uint8Array.from([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x42, 0, 0, 0xff, 0xff, 0xff, 0xff]);
  const out = new Uint8Array(head.length + pixelHeader.length + items.length);
  out.set(head, 0);
  out.set(pixelHeader, head.length);
  out.set(items, head.length + pixelHeader.length);
  return out;
}
