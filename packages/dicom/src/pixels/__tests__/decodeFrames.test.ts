import { describe, expect, it } from 'vitest';
import type { El } from '../../__fixtures__/writeDicom';
import { writePart10 } from '../../__fixtures__/writeDicom';
import { parseInstance } from '../../parse/parseInstance';
import { decodeFrame, decodeFrames } from '../decodeFrames';

function image(extra: El[], pixels: Uint8Array, ts?: string) {
  const r = parseInstance(
    writePart10(
      [
        { tag: 0x00080018, vr: 'UI', value: '1.5' },
        { tag: 0x0020000e, vr: 'UI', value: '1.6' },
        { tag: 0x7fe00010, vr: 'OB', value: pixels },
        ...extra,
      ],
      ts,
    ),
    'x.dcm',
  );
  if (!r.ok) throw new Error(r.error.reason);
  return r.value;
}
const us = (tag: number, v: number): El => ({ tag, vr: 'US', value: [v] });
const geometry = (rows: number, cols: number, bits: number, spp = 1, frames = 1): El[] => [
  us(0x00280010, rows),
  us(0x00280011, cols),
  us(0x00280100, bits),
  us(0x00280101, bits),
  us(0x00280002, spp),
  { tag: 0x00280008, vr: 'IS', value: String(frames) },
];

describe('decodeFrames (native)', () => {
  it('planar RGB is returned interleaved', async () => {
    const inst = image([...geometry(1, 2, 8, 3), us(0x00280006, 1), { tag: 0x00280004, vr: 'CS', value: 'RGB' }], Uint8Array.from([1, 2, 10, 20, 100, 200]));
    const d = await decodeFrames(inst);
    expect(d.ok && [...d.value.data]).toEqual([1, 10, 100, 2, 20, 200]);
  });

  it('1-bit multi-frame: frames are packed across byte boundaries', async () => {
    // 2 frames of 1x3 = 6 bits, read LSB first from 0b101101: 1,0,1 | 1,0,1
    const inst = image(geometry(1, 3, 1, 1, 2), Uint8Array.from([0b101101, 0]));
    const all = await decodeFrames(inst);
    expect(all.ok && [...all.value.data]).toEqual([1, 0, 1, 1, 0, 1]);
    const f1 = await decodeFrame(inst, 1);
    expect(f1.ok && [...f1.value.data]).toEqual([1, 0, 1]);
  });

  it('explicit big endian 16-bit is byte-swapped', async () => {
    // The writer emits little-endian headers; build the BE pixel payload by hand and parse with BE TS.
    const inst = image([...geometry(1, 2, 16), us(0x00280103, 1)], Uint8Array.from([0x01, 0x02, 0xff, 0xfe]));
    const be = { ...inst, transferSyntaxUID: '1.2.840.10008.1.2.2' };
    const d = await decodeFrames(be);
    expect(d.ok && [...d.value.data]).toEqual([0x0102, -2]);
  });

  it('short pixel data and bad frame indexes are FileErrors, not exceptions', async () => {
    const inst = image(geometry(2, 2, 16), Uint8Array.from([1, 2, 3, 4]));
    const d = await decodeFrames(inst);
    expect(!d.ok && d.error).toMatchObject({ file: 'x.dcm', reason: expect.stringMatching(/truncated/) });
    const bad = await decodeFrame(inst, 5);
    expect(!bad.ok && bad.error.reason).toMatch(/out of range/);
  });
});
