/**
 * Pack binary frames for a BitsAllocated=1 SEG (PS3.5 8.1.1): frames follow each other bit for
 * bit with no per-frame padding, least significant bit first within each byte.
 * `frames[f][p]` is pixel p (row-major) of frame f; any non-zero value is set.
 */
export function packFrames(frames: readonly Uint8Array[], pixelsPerFrame: number): Uint8Array {
  const totalBits = frames.length * pixelsPerFrame;
  const bytes = new Uint8Array(Math.ceil(totalBits / 8) + (Math.ceil(totalBits / 8) % 2)); // even length
  let bit = 0;
  for (const frame of frames) {
    for (let p = 0; p < pixelsPerFrame; p++, bit++) if (frame[p] !== 0) bytes[bit >> 3] |= 1 << (bit & 7);
  }
  return bytes;
}

/** Inverse of packFrames for one frame: the frame's pixels as 0/1 bytes in `out`. */
export function unpackFrame(bytes: Uint8Array, frameIndex: number, pixelsPerFrame: number, out: Uint8Array): Uint8Array {
  let bit = frameIndex * pixelsPerFrame;
  for (let p = 0; p < pixelsPerFrame; p++, bit++) out[p] = (bytes[bit >> 3] >> (bit & 7)) & 1;
  return out;
}

