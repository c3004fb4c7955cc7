import { describe, expect, it } from 'vitest';
import { decodeLabelmap } from '../decodeLabelmap';
import { encodeLabelmap } from '../encodeLabelmap';
import { labelmapFrames } from '../labelmapFrames';
import { dicomLabToSrgb, srgbToDicomLab } from '../color';

describe('labelmap RLE', () => {
  it('encodes runs as (value, length) pairs', () => {
    const rle = encodeLabelmap(new Uint8Array([0, 0, 0, 2, 2, 1, 0, 0]));
    expect(Array.from(rle.runs)).toEqual([0, 3, 2, 2, 1, 1, 0, 2]);
  });
  it('decodes back exactly', () => {
    const labels = new Uint8Array([5, 5, 0, 0, 0, 0, 7]);
    const d = decodeLabelmap(encodeLabelmap(labels), 7);
    expect(d.ok && Array.from(d.value)).toEqual([5, 5, 0, 0, 0, 0, 7]);
  });
  it('reports runs that do not cover the grid, odd runs and out-of-range labels', () => {
    expect(decodeLabelmap({ encoding: 'rle-u32', runs: new Uint32Array([0, 3]) }, 4)).toMatchObject({ ok: false });
    expect(decodeLabelmap({ encoding: 'rle-u32', runs: new Uint32Array([0, 3, 1]) }, 3)).toMatchObject({ ok: false });
    expect(decodeLabelmap({ encoding: 'rle-u32', runs: new Uint32Array([300, 3]) }, 3)).toMatchObject({ ok: false });
  });
  it('handles an empty grid', () => {
    expect(Array.from(encodeLabelmap(new Uint8Array(0)).runs)).toEqual([]);
  });
  it('word-skipping gives the same runs as a byte-by-byte pass, at any alignment', () => {
    const buf = new Uint8Array(1003);
    for (let i = 0; i < buf.length; i++) buf[i] = i % 97 < 40 ? 0 : i % 211 < 150 ? 3 : 7;
    const naive: number[] = [];
    for (let i = 0; i < buf.length; i++) {
      if (i === 0 || buf[i] !== buf[i - 1]) naive.push(buf[i], 0);
      naive[naive.length - 1]++;
    }
    expect(Array.from(encodeLabelmap(buf).runs)).toEqual(naive);
    expect(Array.from(encodeLabelmap(buf.subarray(1)).runs)).toEqual([naive[0], naive[1] - 1, ...naive.slice(2)]);
  });
});

describe('SEG frames from RLE runs, 1-bit packing (PS3.5 8.1.1)', () => {
  it('one frame per (segment, slice) with voxels; LSB first, no padding between frames', () => {
    // 3-voxel slices: slice 0 = [1,0,1], slice 1 = [1,1,2]; segments 1 and 2.
    const rle = encodeLabelmap(new Uint8Array([1, 0, 1, 1, 1, 2]));
    const r = labelmapFrames(rle, 3, 2, [1, 2]);
    expect(r.frames).toEqual([{ segment: 1, k: 0 }, { segment: 1, k: 1 }, { segment: 2, k: 1 }]);
    // bits: frame0 = 1,0,1 (bits 0,2); frame1 = 1,1,0 (bits 3,4); frame2 = 0,0,1 (bit 8)
    expect(Array.from(r.pixelData)).toEqual([0b00011101, 0b00000001]);
    expect(r.empty).toEqual([]);
  });
  it('an empty segment gets one empty frame and is listed', () => {
    const r = labelmapFrames(encodeLabelmap(new Uint8Array(6)), 3, 2, [4]);
    expect(r.frames).toEqual([{ segment: 4, k: 0 }]);
    expect(r.empty).toEqual([4]);
    expect(Array.from(r.pixelData)).toEqual([0, 0]);
  });
  it('pads the pixel data to an even length', () => {
    expect(labelmapFrames(encodeLabelmap(new Uint8Array(9).fill(1)), 9, 1, [1]).pixelData.length).toBe(2);
  });
});

describe('segment colour sRGB ↔ DICOM CIELab', () => {
  it('white is L=100, a=b=0', () => {
    const lab = srgbToDicomLab([255, 255, 255]);
    expect(lab[0]).toBe(65535);
    expect(Math.abs(lab[1] - 32896)).toBeLessThanOrEqual(2); // (0+128)/255*65535 = 32896.5
    expect(Math.abs(lab[2] - 32896)).toBeLessThanOrEqual(2);
    expect(srgbToDicomLab([0, 0, 0])[0]).toBe(0);
  });
  it('round-trips 8-bit colours exactly', () => {
    for (const rgb of [[255, 0, 0], [0, 255, 0], [0, 0, 255], [200, 30, 150], [17, 99, 230], [128, 128, 128]] as [number, number, number][]) {
      expect(dicomLabToSrgb(srgbToDicomLab(rgb))).toEqual(rgb);
    }
  });
});
