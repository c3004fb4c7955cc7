import type { Element } from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { encapsulatedFrames } from '../encapsulatedFrames';

// Fragments laid out in a byte array; offset = position of the item relative to the first item (8-byte item headers).
function setup(fragments: number[][], bot: number[] = []) {
  const bytes: number[] = [];
  const frags: { offset: number; position: number; length: number }[] = [];
  let offset = 0;
  for (const f of fragments) {
    frags.push({ offset, position: bytes.length, length: f.length });
    bytes.push(...f);
    offset += 8 + f.length;
  }
  const el = { tag: 'x7fe00010', length: -1, dataOffset: 0, encapsulatedPixelData: true, basicOffsetTable: bot, fragments: frags } as unknown as Element;
  return { bytes: Uint8Array.from(bytes), el };
}

const EOI = [0xff, 0xd9];

describe('encapsulatedFrames (PS3.5 A.4)', () => {
  it('uses the Basic Offset Table when present', () => {
    const { bytes, el } = setup([[1, 2], [3, ...EOI], [4, ...EOI]], [0, 8 + 2 + 8 + 3]);
    expect(encapsulatedFrames(bytes, el, 2).map((f) => [...f])).toEqual([[1, 2, 3, ...EOI], [4, ...EOI]]);
  });

  it('one fragment per frame when the counts match', () => {
    const { bytes, el } = setup([[1, 2], [3, 4]]);
    expect(encapsulatedFrames(bytes, el, 2).map((f) => [...f])).toEqual([[1, 2], [3, 4]]);
  });

  it('a single frame concatenates all fragments', () => {
    const { bytes, el } = setup([[1, 2], [3, 4], [5, 6]]);
    expect([...encapsulatedFrames(bytes, el, 1)[0]]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('empty BOT and several fragments per frame: split at the end-of-image marker (with pad byte)', () => {
    const { bytes, el } = setup([[1, 2], [3, ...EOI, 0], [4], [5, ...EOI]]);
    expect(encapsulatedFrames(bytes, el, 2).map((f) => [...f])).toEqual([[1, 2, 3, ...EOI, 0], [4, 5, ...EOI]]);
  });

  it('fails clearly when frames cannot be found', () => {
    const { bytes, el } = setup([[1], [2], [3]]);
    expect(() => encapsulatedFrames(bytes, el, 2)).toThrow(/cannot split 3 fragments into 2 frames/);
  });
});
