import type { Instance } from '../model/instance';
import { replacePixelData } from '../pixels/transcodeToNative';

/**
 * Test helper: the file of `inst` with its Pixel Data replaced by `frames` encapsulated under
 * `transferSyntaxUID` (empty Basic Offset Table, one fragment per frame, PS3.5 A.4), as another
 * writer (e.g. highdicom with RLE or JPEG 2000 lossless) would store the same object.
 */
export function encapsulateFile(inst: Instance, transferSyntaxUID: string, frames: readonly Uint8Array[]): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.from([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x42, 0, 0, 0xff, 0xff, 0xff, 0xff])];
  const item = (tagLo: number, bytes: Uint8Array) => {
    const h = new DataView(new ArrayBuffer(8));
    h.setUint16(0, 0xfffe, true);
    h.setUint16(2, tagLo, true);
    h.setUint32(4, bytes.length, true);
    parts.push(new Uint8Array(h.buffer), bytes);
  };
  item(0xe000, new Uint8Array(0));
  for (const f of frames) item(0xe000, f.length % 2 ? Uint8Array.from([...f, 0]) : f);
  item(0xe0dd, new Uint8Array(0));
  const r = replacePixelData(inst, transferSyntaxUID, parts);
  if (!r.ok) throw new Error(r.error.reason);
  return r.value;
}
