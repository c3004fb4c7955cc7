import { describe, expect, it } from 'vitest';
import type { El } from '../../__fixtures__/writeDicom';
import { writePart10 } from '../../__fixtures__/writeDicom';
import { parseInstance } from '../../parse/parseInstance';
import { decodeFrame, decodeFrames } from '../decodeFrames';

// Explicit VR Big Endian (1.2.840.10008.1.2.2) with 8 bits allocated. OW is a stream of 16-bit
// words, so big endian stores each pair of 8-bit samples swapped (PS3.5 7.3), padding byte
// included; OB is a byte stream and is stored as is. pydicom 3.0.2's pixel_array (its
// `be_swap_ow` path) gives the values below for these very files.
const EBE = '1.2.840.10008.1.2.2';
const us = (tag: number, v: number): El => ({ tag, vr: 'US', value: [v] });

function file(opts: { rows: number; cols: number; frames?: number; vr: 'OB' | 'OW'; stored: number[]; photometric?: string; samples?: number }) {
  const els: El[] = [
    { tag: 0x00080018, vr: 'UI', value: '1.2.826.0.1.3680043.8.498.1' },
    { tag: 0x0020000e, vr: 'UI', value: '1.2.826.0.1.3680043.8.498.2' },
    { tag: 0x00280004, vr: 'CS', value: opts.photometric ?? 'MONOCHROME2' },
    us(0x00280002, opts.samples ?? 1),
    us(0x00280010, opts.rows),
    us(0x00280011, opts.cols),
    us(0x00280100, 8),
    us(0x00280101, 8),
    us(0x00280102, 7),
    us(0x00280103, 0),
    { tag: 0x7fe00010, vr: opts.vr, value: Uint8Array.from(opts.stored) },
  ];
  if (opts.frames !== undefined) els.push({ tag: 0x00280008, vr: 'IS', value: String(opts.frames) });
  if ((opts.samples ?? 1) > 1) els.push(us(0x00280006, 0));
  const r = parseInstance(writePart10(els, EBE), 'be.dcm');
  if (!r.ok) throw new Error(r.error.reason);
  return r.value;
}

async function pixels(p: ReturnType<typeof decodeFrames>): Promise<number[]> {
  const d = await p;
  if (!d.ok) throw new Error(d.error.reason);
  return [...d.value.data];
}

describe('8-bit Explicit VR Big Endian pixel data, as pydicom reads it', () => {
  it('OW, odd number of pixels: words swapped, the displaced padding byte skipped', async () => {
    // Samples 1 2 3 (+ pad 0) are stored as the words 0x0102 0x0300 → bytes 02 01 00 03.
    expect(await pixels(decodeFrames(file({ rows: 1, cols: 3, vr: 'OW', stored: [2, 1, 0, 3] })))).toEqual([1, 2, 3]);
  });

  it('OW, 3 frames of 3 pixels: frames straddling a word decode whole and one by one', async () => {
    const inst = file({ rows: 1, cols: 3, frames: 3, vr: 'OW', stored: [2, 1, 4, 3, 6, 5, 8, 7, 0, 9] });
    expect(await pixels(decodeFrames(inst))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await pixels(decodeFrame(inst, 0))).toEqual([1, 2, 3]);
    expect(await pixels(decodeFrame(inst, 1))).toEqual([4, 5, 6]);
    expect(await pixels(decodeFrame(inst, 2))).toEqual([7, 8, 9]);
  });

  it('OW, even frame length (2×2, 2 frames)', async () => {
    const inst = file({ rows: 2, cols: 2, frames: 2, vr: 'OW', stored: [20, 10, 40, 30, 60, 50, 80, 70] });
    expect(await pixels(decodeFrames(inst))).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
    expect(await pixels(decodeFrame(inst, 1))).toEqual([50, 60, 70, 80]);
  });

  it('OB is a byte stream: no swap', async () => {
    expect(await pixels(decodeFrames(file({ rows: 1, cols: 3, vr: 'OB', stored: [1, 2, 3, 0] })))).toEqual([1, 2, 3]);
  });

  it('OW RGB (1 pixel): R G B + pad stored as G R pad B', async () => {
    const inst = file({ rows: 1, cols: 1, vr: 'OW', samples: 3, photometric: 'RGB', stored: [20, 10, 0, 30] });
    expect(await pixels(decodeFrames(inst))).toEqual([10, 20, 30]);
  });

  it('OW YBR_FULL_422: swapped before the 4:2:2 samples are expanded and converted', async () => {
    // Y1 Y2 Cb Cr = 100 76 128 128 → grey 100 and grey 76 (as the little endian OB file).
    const inst = file({ rows: 1, cols: 2, vr: 'OW', samples: 3, photometric: 'YBR_FULL_422', stored: [76, 100, 128, 128] });
    expect(await pixels(decodeFrames(inst))).toEqual([100, 100, 100, 76, 76, 76]);
  });
});
