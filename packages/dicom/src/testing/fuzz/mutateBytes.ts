import type { ElementMap, LengthField } from './mapElements';

/** Byte-level edits of a seed; each returns a new array and leaves the seed alone. */

export function truncateAt(bytes: Uint8Array, at: number): Uint8Array {
  return bytes.slice(0, at);
}

/** Overwrite one length field (2-byte fields keep the low 16 bits). */
export function setLength(bytes: Uint8Array, field: LengthField, value: number): Uint8Array {
  const out = bytes.slice();
  const dv = new DataView(out.buffer);
  if (field.size === 2) dv.setUint16(field.at, value & 0xffff, field.littleEndian);
  else dv.setUint32(field.at, value >>> 0, field.littleEndian);
  return out;
}

export function flipBytes(bytes: Uint8Array, flips: readonly (readonly [number, number])[]): Uint8Array {
  const out = bytes.slice();
  for (const [at, xor] of flips) if (out.length) out[at % out.length] ^= xor;
  return out;
}

function splice(bytes: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

/** Replace the meta Transfer Syntax UID (0002,0010), fixing its length and the group length. */
export function replaceTransferSyntax(bytes: Uint8Array, map: ElementMap, uid: string): Uint8Array {
  const ts = map.fields.find((f) => f.tag === 'x00020010');
  const group = map.fields.find((f) => f.tag === 'x00020000');
  if (!ts) return bytes.slice();
  const raw = new TextEncoder().encode(uid);
  const value = raw.length % 2 ? Uint8Array.from([...raw, 0]) : raw;
  const out = splice(bytes, ts.dataOffset, ts.length, value);
  const dv = new DataView(out.buffer);
  dv.setUint16(ts.at, value.length & 0xffff, true);
  if (group) dv.setUint32(group.dataOffset, dv.getUint32(group.dataOffset, true) + value.length - ts.length, true);
  return out;
}

/**
 * A Content Sequence (0040,A730) nested `depth` deep (each item holds the next sequence), spliced
 * in before Pixel Data, with defined or undefined lengths (PS3.5 7.5), in the seed's encoding.
 */
export function nestSequences(bytes: Uint8Array, map: ElementMap, depth: number, undefinedLength: boolean): Uint8Array {
  const le = map.littleEndian;
  const head = (group: number, element: number, vr: string | undefined, length: number): Uint8Array => {
    const long = vr !== undefined;
    const h = new DataView(new ArrayBuffer(long ? 12 : 8));
    h.setUint16(0, group, le);
    h.setUint16(2, element, le);
    if (long) {
      h.setUint8(4, vr.charCodeAt(0));
      h.setUint8(5, vr.charCodeAt(1));
      h.setUint32(8, length >>> 0, le);
    } else h.setUint32(4, length >>> 0, le);
    return new Uint8Array(h.buffer);
  };
  const sqVr = map.explicit ? 'SQ' : undefined;
  const U = 0xffffffff;
  const text = Uint8Array.from([...head(0x0040, 0xa160, map.explicit ? 'UT' : undefined, 4), 0x64, 0x65, 0x65, 0x70]);
  const seqHead = map.explicit ? 12 : 8;
  // Defined lengths: content size at each level, from the innermost text outwards.
  const sizes = [text.length];
  for (let d = 1; d < depth; d++) sizes.push(seqHead + 8 + sizes[d - 1]);
  const prefix: Uint8Array[] = [];
  const suffix: Uint8Array[] = [];
  for (let d = depth - 1; d >= 0; d--) {
    prefix.push(head(0x0040, 0xa730, sqVr, undefinedLength ? U : 8 + sizes[d]), head(0xfffe, 0xe000, undefined, undefinedLength ? U : sizes[d]));
    if (undefinedLength) suffix.push(head(0xfffe, 0xe0dd, undefined, 0), head(0xfffe, 0xe00d, undefined, 0));
  }
  const all = [...prefix, text, ...suffix.reverse()];
  const inner = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of all) {
    inner.set(p, o);
    o += p.length;
  }
  return splice(bytes, map.pixelTagAt ?? bytes.length, 0, inner);
}

/**
 * Cut one encapsulated fragment to `keep` bytes and fix its item length, so the file stays
 * well-framed but a compressed frame ends early (PS3.5 A.4).
 */
export function cutFragment(bytes: Uint8Array, map: ElementMap, index: number, keep: number): Uint8Array {
  const f = map.fragments[index % map.fragments.length];
  const k = Math.min(keep, f.length);
  const out = splice(bytes, f.position + k, f.length - k, new Uint8Array(0));
  new DataView(out.buffer).setUint32(f.position - 4, k, true);
  return out;
}

/** Replace the value of the first element `tag` (fixing its own length field), or leave the file alone. */
export function replaceValue(bytes: Uint8Array, map: ElementMap, tag: string, value: Uint8Array): Uint8Array {
  const f = map.fields.find((x) => x.tag === tag);
  if (!f) return bytes.slice();
  const out = splice(bytes, f.dataOffset, f.length, value);
  const dv = new DataView(out.buffer);
  if (f.size === 2) dv.setUint16(f.at, value.length, f.littleEndian);
  else dv.setUint32(f.at, value.length, f.littleEndian);
  return out;
}

/** A US value in the seed's byte order. */
export function usValue(v: number, littleEndian: boolean): Uint8Array {
  const b = new Uint8Array(2);
  new DataView(b.buffer).setUint16(0, v, littleEndian);
  return b;
}
