import { describe, expect, it } from 'vitest';
import { allocatePixels, interleave, signExtend, swapBytes, unpackBits } from '../pixelArrays';

describe('pixel array helpers', () => {
  it('allocates the pydicom dtype', () => {
    expect(allocatePixels(16, 1, 2)).toBeInstanceOf(Int16Array);
    expect(allocatePixels(16, 0, 2)).toBeInstanceOf(Uint16Array);
    expect(allocatePixels(32, 0, 2)).toBeInstanceOf(Uint32Array);
    expect(allocatePixels(8, 0, 2)).toBeInstanceOf(Uint8Array);
    expect(allocatePixels(1, 0, 2)).toBeInstanceOf(Uint8Array);
    expect(allocatePixels(32, 0, 2, true)).toBeInstanceOf(Float32Array);
  });

  it('swaps 16- and 32-bit words', () => {
    const b = Uint8Array.from([1, 2, 3, 4]);
    swapBytes(b, 2);
    expect([...b]).toEqual([2, 1, 4, 3]);
    swapBytes(b, 4);
    expect([...b]).toEqual([3, 4, 1, 2]);
  });

  it('unpacks bits LSB first from any bit offset', () => {
    const out = new Uint8Array(6);
    unpackBits(Uint8Array.from([0b10110001, 0b00000001]), 5, 6, out, 0); // bits 5..10
    expect([...out]).toEqual([1, 0, 1, 1, 0, 0]);
  });

  it('converts planar to interleaved', () => {
    const f = Uint8Array.from([1, 2, 10, 20, 100, 200]); // R1 R2 G1 G2 B1 B2
    interleave(f, 2, 3, 1);
    expect([...f]).toEqual([1, 10, 100, 2, 20, 200]);
  });

  it('sign-extends 12-bit values', () => {
    const a = Int16Array.from([0x0fff, 0x0800, 0x07ff]);
    signExtend(a, 12);
    expect([...a]).toEqual([-1, -2048, 2047]);
  });
});
