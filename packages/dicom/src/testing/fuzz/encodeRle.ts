/**
 * Minimal RLE Lossless encoder (PS3.5 Annex G) for fuzz seeds: one segment per byte plane, most
 * significant byte first, PackBits literal runs only (valid, if not compact). Input: one frame of
 * little-endian stored bytes, one sample per pixel.
 */
export function encodeRle(frame: Uint8Array, bytesPerSample: number): Uint8Array {
  const pixels = frame.length / bytesPerSample;
  const segments: Uint8Array[] = [];
  for (let s = 0; s < bytesPerSample; s++) {
    const plane = Uint8Array.from({ length: pixels }, (_, p) => frame[p * bytesPerSample + (bytesPerSample - 1 - s)]);
    const out: number[] = [];
    for (let i = 0; i < plane.length; i += 128) {
      const run = plane.subarray(i, i + 128);
      out.push(run.length - 1, ...run);
    }
    if (out.length % 2) out.push(0x80); // -128 is a no-op: pads the segment to an even length
    segments.push(Uint8Array.from(out));
  }
  const header = new DataView(new ArrayBuffer(64));
  header.setUint32(0, segments.length, true);
  let offset = 64;
  segments.forEach((seg, i) => {
    header.setUint32(4 + 4 * i, offset, true);
    offset += seg.length;
  });
  const result = new Uint8Array(offset);
  result.set(new Uint8Array(header.buffer), 0);
  offset = 64;
  for (const seg of segments) {
    result.set(seg, offset);
    offset += seg.length;
  }
  return result;
}
