/**
 * RLE Lossless (1.2.840.10008.1.2.5), PS3.5 Annex G, written here (it is small): a 64-byte header
 * (segment count + 15 offsets), one PackBits segment per byte plane per sample, most significant
 * byte first. Output: one frame of little-endian stored bytes, samples interleaved.
 */
export function decodeRle(encoded: Uint8Array, rows: number, columns: number, samplesPerPixel: number, bitsAllocated: number): Uint8Array {
  const bytesPerSample = bitsAllocated / 8;
  const pixels = rows * columns;
  const view = new DataView(encoded.buffer, encoded.byteOffset, encoded.byteLength);
  if (encoded.length < 64) throw new Error(`RLE frame too short (${encoded.length} bytes)`);
  const nSegments = view.getUint32(0, true);
  const expected = samplesPerPixel * bytesPerSample;
  if (nSegments !== expected) throw new Error(`RLE header has ${nSegments} segments, expected ${expected}`);
  // PackBits repeats one byte at most 128 times per 2 bytes read, so a segment of n bytes yields
  // at most 64·n: a larger Rows × Columns is a forged header, refused before allocating for it.
  if (pixels * expected > 64 * encoded.length) throw new Error(`RLE frame of ${encoded.length} bytes cannot hold ${rows}×${columns} pixels`);
  const out = new Uint8Array(pixels * expected);
  for (let s = 0; s < nSegments; s++) {
    const start = view.getUint32(4 + 4 * s, true);
    const end = s + 1 < nSegments ? view.getUint32(8 + 4 * s, true) : encoded.length;
    if (start < 64 || start > encoded.length || end < start) throw new Error(`RLE segment ${s} has a bad offset ${start}`);
    const sample = Math.floor(s / bytesPerSample);
    // Segment 0 of a sample is its most significant byte; little-endian output puts it last.
    const byteInSample = bytesPerSample - 1 - (s % bytesPerSample);
    unpackBits(encoded, start, Math.min(end, encoded.length), out, sample * bytesPerSample + byteInSample, expected, pixels);
  }
  return out;
}

/** PackBits: n in 0..127 copies n+1 literal bytes, n in -127..-1 repeats the next byte 1-n times, -128 is a no-op. */
function unpackBits(src: Uint8Array, start: number, end: number, out: Uint8Array, first: number, stride: number, count: number): void {
  let i = start;
  let o = 0;
  while (i < end && o < count) {
    const n = (src[i++] << 24) >> 24;
    if (n >= 0) {
      for (let k = 0; k <= n && i < end && o < count; k++) out[first + stride * o++] = src[i++];
    } else if (n !== -128) {
      const v = src[i++];
      for (let k = 0; k < 1 - n && o < count; k++) out[first + stride * o++] = v;
    }
  }
  if (o < count) throw new Error(`RLE segment decoded ${o} of ${count} bytes (truncated)`);
}
