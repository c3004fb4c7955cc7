import { describe, expect, it } from 'vitest';
import { decodeRle } from '../decodeRle';

/** RLE frame: 64-byte header with segment offsets, then the segments. */
function rleFrame(segments: number[][]): Uint8Array {
  const header = new DataView(new ArrayBuffer(64));
  header.setUint32(0, segments.length, true);
  let offset = 64;
  segments.forEach((s, i) => {
    header.setUint32(4 + 4 * i, offset, true);
    offset += s.length;
  });
  return Uint8Array.from([...new Uint8Array(header.buffer), ...segments.flat()]);
}

describe('decodeRle (PS3.5 Annex G)', () => {
  it('8-bit: a literal run then a replicate run', () => {
    // 2 literals [5, 6] (n=1), then 4 copies of 9 (n=-3) = 6 pixels (2x3).
    const out = decodeRle(rleFrame([[1, 5, 6, -3 & 0xff, 9]]), 2, 3, 1, 8);
    expect([...out]).toEqual([5, 6, 9, 9, 9, 9]);
  });

  it('16-bit: segment 0 is the high byte, output is little endian', () => {
    // values 0x0102, 0x0304: high bytes [1,3], low bytes [2,4]
    const out = decodeRle(rleFrame([[1, 1, 3], [1, 2, 4]]), 1, 2, 1, 16);
    expect([...new Uint16Array(out.buffer)]).toEqual([0x0102, 0x0304]);
  });

  it('RGB: one segment per sample, output interleaved; -128 is a no-op', () => {
    const out = decodeRle(rleFrame([[-1 & 0xff, 10], [0x80, -1 & 0xff, 20], [1, 30, 31]]), 1, 2, 3, 8);
    expect([...out]).toEqual([10, 20, 30, 10, 20, 31]);
  });

  it('rejects wrong segment counts and short segments', () => {
    expect(() => decodeRle(rleFrame([[0, 1]]), 1, 1, 1, 16)).toThrow(/segments, expected 2/);
    expect(() => decodeRle(rleFrame([[0, 1]]), 1, 3, 1, 8)).toThrow(/decoded 1 of 3/);
  });
});
