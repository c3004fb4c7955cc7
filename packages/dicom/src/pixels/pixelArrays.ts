import type { PixelArray } from '../model/pixels';

/** The typed array pydicom's pixel_array would use for these stored values. */
export function allocatePixels(bitsAllocated: number, pixelRepresentation: 0 | 1, length: number, float = false): PixelArray {
  if (float) return bitsAllocated === 64 ? new Float64Array(length) : new Float32Array(length);
  switch (bitsAllocated) {
    case 1:
      return new Uint8Array(length);
    case 8:
      return pixelRepresentation ? new Int8Array(length) : new Uint8Array(length);
    case 16:
      return pixelRepresentation ? new Int16Array(length) : new Uint16Array(length);
    case 32:
      return pixelRepresentation ? new Int32Array(length) : new Uint32Array(length);
    default:
      throw new Error(`unsupported BitsAllocated ${bitsAllocated}`);
  }
}

/** Byte view of a typed array (same memory). */
export function bytesOf(a: PixelArray): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** Swap byte order in place for words of `size` bytes (big endian → little endian). */
export function swapBytes(bytes: Uint8Array, size: number): void {
  if (size <= 1) return;
  for (let i = 0; i + size <= bytes.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = bytes[a];
      bytes[a] = bytes[b];
      bytes[b] = t;
    }
  }
}

/** Unpack 1-bit data, least significant bit first (PS3.5 8.1.1), one byte (0/1) per pixel. */
export function unpackBits(packed: Uint8Array, bitOffset: number, count: number, out: Uint8Array, outOffset: number): void {
  for (let p = 0; p < count; p++) {
    const bit = bitOffset + p;
    out[outOffset + p] = (packed[bit >> 3] >> (bit & 7)) & 1;
  }
}

/** Planar (R..G..B..) → interleaved (RGBRGB..) for one frame, in place via a copy. */
export function interleave(frame: Uint8Array, pixels: number, samples: number, bytesPerSample: number): void {
  const src = frame.slice();
  for (let s = 0; s < samples; s++) {
    for (let p = 0; p < pixels; p++) {
      const from = (s * pixels + p) * bytesPerSample;
      const to = (p * samples + s) * bytesPerSample;
      for (let b = 0; b < bytesPerSample; b++) frame[to + b] = src[from + b];
    }
  }
}

/** Sign-extend values stored in the low `bitsStored` bits (codec output for signed data). */
export function signExtend(a: PixelArray, bitsStored: number): void {
  const shift = 32 - bitsStored;
  for (let i = 0; i < a.length; i++) a[i] = (a[i] << shift) >> shift;
}

/**
 * Copy stored 8-bit samples [from, from + out.length) out of a Pixel Data value held as OW in
 * Explicit VR Big Endian. OW is a stream of 16-bit words, so each pair of samples (and the padding
 * byte after an odd count) is stored swapped (PS3.5 7.3): sample i sits at byte i ^ 1. Swapping
 * from the value start keeps frames that begin mid-word right (pydicom 3 `be_swap_ow`, DCMTK).
 */
export function copyOwBigEndian8(value: Uint8Array, from: number, out: Uint8Array): void {
  for (let k = 0; k < out.length; k++) out[k] = value[(from + k) ^ 1] ?? 0;
}
