import { describe, expect, it } from 'vitest';
import { BitReader, buildHuffmanTable, extend } from '../huffman';
import { idct8x8 } from '../idct';

describe('JPEG Huffman decoding (T.81 Annex C, F.2.2)', () => {
  // Two 2-bit codes (00 → 'a', 01 → 'b') and one 3-bit code (100 → 'c').
  const t = buildHuffmanTable(Uint8Array.from([0, 2, 1, ...new Array(13).fill(0)]), Uint8Array.from([0x0a, 0x0b, 0x0c]));

  it('builds canonical codes and decodes a bit string', () => {
    // 00 01 100 01 + padding 1s: 0001 1000 1111 1111
    const r = new BitReader(Uint8Array.from([0b00011000, 0b11111111, 0x00]), 0);
    expect([r.decode(t), r.decode(t), r.decode(t)]).toEqual([0x0a, 0x0b, 0x0c]);
  });

  it('removes FF00 byte stuffing and stops at a marker', () => {
    const r = new BitReader(Uint8Array.from([0xff, 0x00, 0xff, 0xd9]), 0);
    expect(r.receive(8)).toBe(0xff);
    expect(r.receive(8)).toBe(0);
    expect(r.marker).toBe(0xd9);
  });

  it('EXTEND maps magnitude categories to signed values', () => {
    expect([extend(0, 1), extend(1, 1), extend(0, 3), extend(3, 3), extend(4, 3), extend(7, 3), extend(0, 0)]).toEqual([-1, 1, -7, -4, 4, 7, 0]);
  });

  it('IDCT of a DC-only block is flat: DC/8 + 2^(P-1), clamped to P bits', () => {
    const coef = new Float64Array(64);
    const out = new Float64Array(64);
    coef[0] = 80;
    idct8x8(coef, out, 12);
    expect(new Set(out)).toEqual(new Set([2048 + 10]));
    coef[0] = -80000;
    idct8x8(coef, out, 12);
    expect(new Set(out)).toEqual(new Set([0]));
  });
});
