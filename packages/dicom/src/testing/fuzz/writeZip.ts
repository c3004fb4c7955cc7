/** One central-directory record of a hand-made archive (a fuzz case may lie in any field). */
export interface ZipEntry {
  readonly name: string;
  /** Bytes as stored (deflated when `method` is 8). */
  readonly stored: Uint8Array;
  readonly method: 0 | 8;
  /** Uncompressed size written in both headers (true size unless the case lies). */
  readonly size: number;
  readonly crc?: number;
  /** Point this record at the local header of an earlier entry (overlapping-entry bomb). */
  readonly sameDataAs?: number;
}

/**
 * A ZIP archive (APPNOTE 6.3.x, no zip64) written field by field, so fuzz cases can declare sizes,
 * names and offsets that a real writer never would.
 */
export function writeZip(entries: readonly ZipEntry[], declaredCount = entries.length): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    const name = enc.encode(e.name);
    const crc = e.crc ?? 0;
    if (e.sameDataAs !== undefined) offsets.push(offsets[e.sameDataAs]);
    else {
      const local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      local.setUint16(4, 20, true);
      local.setUint16(6, 0x800, true); // names are UTF-8 (APPNOTE 4.4.4 bit 11)
      local.setUint16(8, e.method, true);
      local.setUint32(14, crc, true);
      local.setUint32(18, e.stored.length, true);
      local.setUint32(22, e.size, true);
      local.setUint16(26, name.length, true);
      offsets.push(offset);
      parts.push(new Uint8Array(local.buffer), name, e.stored);
      offset += 30 + name.length + e.stored.length;
    }
    const src = e.sameDataAs !== undefined ? entries[e.sameDataAs] : e;
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(8, 0x800, true);
    cd.setUint16(10, src.method, true);
    cd.setUint32(16, crc, true);
    cd.setUint32(20, src.stored.length, true);
    cd.setUint32(24, e.size, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offsets[i], true);
    central.push(new Uint8Array(cd.buffer), name);
  });
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, declaredCount & 0xffff, true);
  eocd.setUint16(10, declaredCount & 0xffff, true);
  eocd.setUint32(12, cdSize, true);
  eocd.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(eocd.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of all) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
