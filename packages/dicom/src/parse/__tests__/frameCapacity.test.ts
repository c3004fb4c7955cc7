import { describe, expect, it } from 'vitest';
import type { El } from '../../__fixtures__/writeDicom';
import { writeEncapsulated, writePart10 } from '../../__fixtures__/writeDicom';
import { encodeRle } from '../../testing/fuzz/encodeRle';
import { decodeFrames } from '../../pixels/decodeFrames';
import { parseInstance } from '../parseInstance';

const us = (tag: number, v: number): El => ({ tag, vr: 'US', value: [v] });
// 2×3 16-bit frames; `frames` is the declared NumberOfFrames, `rows` the declared Rows.
const header = (sop: string, frames: string, rows = 2): El[] => [
  { tag: 0x00080018, vr: 'UI', value: sop },
  { tag: 0x0020000e, vr: 'UI', value: '1.2.3.4.5' },
  { tag: 0x00280004, vr: 'CS', value: 'MONOCHROME2' },
  { tag: 0x00280008, vr: 'IS', value: frames },
  us(0x00280002, 1),
  us(0x00280010, rows),
  us(0x00280011, 3),
  us(0x00280100, 16),
  us(0x00280101, 16),
  us(0x00280103, 0),
];
const native = (sop: string, frames: string, rows?: number) => writePart10([...header(sop, frames, rows), { tag: 0x7fe00010, vr: 'OW', value: Uint16Array.from({ length: 4 * 6 }, (_, i) => i) }]);

describe('hostile NumberOfFrames / Rows: checked against the bytes present before any allocation', () => {
  it('native: 4 frames of 12 bytes are there; 999999999 declared is refused at parse time, in no time', () => {
    const t0 = performance.now();
    const r = parseInstance(native('1.1', '999999999'), 'frames.dcm');
    expect(performance.now() - t0).toBeLessThan(200);
    expect(r.ok ? '' : r.error).toEqual({ file: 'frames.dcm', reason: 'NumberOfFrames (0028,0008) is 999999999 but the Pixel Data holds at most 4 frame(s) of 2×3' });
    expect(parseInstance(native('1.2', '4'), 'four.dcm').ok).toBe(true);
  });

  it('native: Rows 65535 fails to decode as truncated (48 bytes, not 65535×3×2) without allocating 393 kB per frame first', async () => {
    const r = parseInstance(native('1.3', '1', 65535), 'rows.dcm');
    if (!r.ok) throw new Error(r.error.reason);
    const d = await decodeFrames(r.value);
    expect(d.ok ? '' : d.error.reason).toBe('cannot decode pixels (Explicit VR Little Endian (1.2.840.10008.1.2.1)): Pixel Data has 48 bytes, expected 393210 (truncated)');
  });

  it('encapsulated: at most one frame per fragment (PS3.5 A.4); RLE refuses Rows beyond what PackBits can expand to', async () => {
    const frame = encodeRle(new Uint8Array(Uint16Array.from([1, 2, 3, 4, 5, 6]).buffer), 2);
    const many = parseInstance(writeEncapsulated(header('2.1', '2147483647'), [frame, frame], '1.2.840.10008.1.2.5'), 'rle.dcm');
    expect(many.ok ? '' : many.error.reason).toBe('NumberOfFrames (0028,0008) is 2147483647 but the Pixel Data holds at most 2 frame(s) of 2×3');
    const tall = parseInstance(writeEncapsulated(header('2.2', '1', 65535), [frame], '1.2.840.10008.1.2.5'), 'tall.dcm');
    if (!tall.ok) throw new Error(tall.error.reason);
    const d = await decodeFrames(tall.value);
    // The frame has 64 + 2 × 8 = 80 bytes: 64 × 80 = 5120 < 65535 × 3 × 2.
    expect(d.ok ? '' : d.error.reason).toBe('cannot decode pixels (RLE Lossless (1.2.840.10008.1.2.5)): RLE frame of 80 bytes cannot hold 65535×3 pixels');
  });
});
