import type { Element } from 'dicom-parser';
import { concatBytes } from '../bytes/concatBytes';

/** True if a fragment ends with the JPEG EOI / J2K EOC marker FFD9 (allowing one pad byte). */
function endsFrame(f: Uint8Array): boolean {
  const n = f.length;
  if (n >= 2 && f[n - 2] === 0xff && f[n - 1] === 0xd9) return true;
  return n >= 3 && f[n - 3] === 0xff && f[n - 2] === 0xd9 && f[n - 1] === 0x00;
}

/**
 * Split encapsulated Pixel Data (PS3.5 A.4) into one byte string per frame: by the Basic Offset
 * Table when present; one fragment per frame when counts match; all fragments for a single frame;
 * else (empty BOT, several fragments per frame) by the FFD9 end-of-image marker ending a frame.
 */
export function encapsulatedFrames(byteArray: Uint8Array, element: Element, numberOfFrames: number): Uint8Array[] {
  const fragments = (element.fragments ?? []).map((f) => byteArray.subarray(f.position, f.position + f.length));
  const offsets = element.fragments ?? [];
  if (fragments.length === 0) throw new Error('encapsulated Pixel Data has no fragments');
  const bot = element.basicOffsetTable ?? [];
  if (bot.length === numberOfFrames && numberOfFrames > 1) {
    return bot.map((start, i) => {
      const end = i + 1 < bot.length ? bot[i + 1] : Infinity;
      const parts = fragments.filter((_, k) => offsets[k].offset >= start && offsets[k].offset < end);
      if (parts.length === 0) throw new Error(`Basic Offset Table entry ${i} (${start}) matches no fragment`);
      return concatBytes(parts);
    });
  }
  if (numberOfFrames === 1) return [concatBytes(fragments)];
  if (fragments.length === numberOfFrames) return fragments;
  const frames: Uint8Array[] = [];
  let current: Uint8Array[] = [];
  for (const f of fragments) {
    current.push(f);
    if (endsFrame(f)) {
      frames.push(concatBytes(current));
      current = [];
    }
  }
  if (current.length) frames.push(concatBytes(current));
  if (frames.length !== numberOfFrames) {
    throw new Error(`cannot split ${fragments.length} fragments into ${numberOfFrames} frames (no Basic Offset Table)`);
  }
  return frames;
}
