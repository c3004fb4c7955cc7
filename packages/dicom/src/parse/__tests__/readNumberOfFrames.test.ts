import { describe, expect, it } from 'vitest';
import type { El } from '../../__fixtures__/writeDicom';
import { writePart10, writeSlice } from '../../__fixtures__/writeDicom';
import { decodeFrames } from '../../pixels/decodeFrames';
import { parseMany } from '../../sources/parseMany';
import { parseInstance } from '../parseInstance';

// A 15-frame 2×3 16-bit object whose Number of Frames (0028,0008) is given as `frames`.
function multiFrame(sop: string, frames: string): Uint8Array {
  const us = (tag: number, v: number): El => ({ tag, vr: 'US', value: [v] });
  return writePart10([
    { tag: 0x00080016, vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.481.2' },
    { tag: 0x00080018, vr: 'UI', value: sop },
    { tag: 0x0020000e, vr: 'UI', value: '1.2.3.4.5' },
    { tag: 0x00280004, vr: 'CS', value: 'MONOCHROME2' },
    { tag: 0x00280008, vr: 'IS', value: frames },
    us(0x00280002, 1),
    us(0x00280010, 2),
    us(0x00280011, 3),
    us(0x00280100, 16),
    us(0x00280101, 16),
    us(0x00280103, 0),
    { tag: 0x7fe00010, vr: 'OW', value: Uint16Array.from({ length: 15 * 6 }, (_, i) => i) },
  ]);
}

describe('Number of Frames (0028,0008)', () => {
  it('a well-formed value gives every frame', async () => {
    const r = parseInstance(multiFrame('1.1', '15'), 'good.dcm');
    if (!r.ok) throw new Error(r.error.reason);
    expect(r.value.numberOfFrames).toBe(15);
    const d = await decodeFrames(r.value);
    expect(d.ok && d.value.frames).toBe(15);
    expect(d.ok && d.value.data[89]).toBe(89);
  });

  it("'1A' is a named error for that file, not 1 frame of 15", () => {
    const r = parseInstance(multiFrame('1.2', '1A'), 'bad.dcm');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toEqual({ file: 'bad.dcm', reason: "NumberOfFrames '1A' is not a whole number" });
  });

  it.each([['1.5'], ['15\\16'], ['x'], ['-2']])('%s is an error too', (v) => {
    const r = parseInstance(multiFrame('1.3', v), 'bad.dcm');
    expect(!r.ok && r.error.reason).toMatch(/^NumberOfFrames '.*' is (not a whole number|negative)$/);
  });

  it('IS padding and a sign are allowed; 0 or an absent value mean one frame (as pydicom)', () => {
    const frames = (v: string) => {
      const r = parseInstance(multiFrame('1.4', v), 'f.dcm');
      return r.ok ? r.value.numberOfFrames : r.error.reason;
    };
    expect(frames(' +15 ')).toBe(15);
    expect(frames('0')).toBe(1);
    const single = parseInstance(writeSlice({ sop: '1.5', pixels: Int16Array.from([1, 2, 3, 4, 5, 6]) }), 's.dcm');
    expect(single.ok && single.value.numberOfFrames).toBe(1);
  });

  it('the rest of the batch still loads', () => {
    const res = parseMany([
      { name: 'a.dcm', bytes: writeSlice({ sop: '2.1', pixels: Int16Array.from([1, 2, 3, 4, 5, 6]) }) },
      { name: 'bad.dcm', bytes: multiFrame('2.2', '1A') },
      { name: 'c.dcm', bytes: multiFrame('2.3', '15') },
    ]);
    expect(res.instances.map((i) => i.file)).toEqual(['a.dcm', 'c.dcm']);
    expect(res.errors).toEqual([{ file: 'bad.dcm', reason: "NumberOfFrames '1A' is not a whole number" }]);
  });
});
