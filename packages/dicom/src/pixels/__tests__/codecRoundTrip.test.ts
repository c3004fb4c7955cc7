import charls from '@cornerstonejs/codec-charls/wasmjs';
import openjpeg from '@cornerstonejs/codec-openjpeg/wasmjs';
import openjph from '@cornerstonejs/codec-openjph/wasmjs';
import libjpeg from '@cornerstonejs/codec-libjpeg-turbo-8bit/wasmjs';
import { describe, expect, it } from 'vitest';
import type { El } from '../../__fixtures__/writeDicom';
import { writeEncapsulated } from '../../__fixtures__/writeDicom';
import { parseInstance } from '../../parse/parseInstance';
import { decodeFrame, decodeFrames } from '../decodeFrames';
import { decodeJpegDct } from '../jpeg/decodeJpegDct';

// Compressed fixtures made with the codecs' own encoders, so every decode path (JPEG-LS, J2K,
// HTJ2K, JPEG baseline) is checked on signed 16-bit multi-frame data with a known answer.
// Emscripten keeps state on the options object: one fresh object and one module per codec.
const once = <T>(make: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= make());
};
const quiet = () => ({ print: () => {}, printErr: () => {} });
const modules = {
  charls: once(() => charls(quiet())),
  openjpeg: once(() => openjpeg(quiet())),
  openjph: once(() => openjph(quiet())),
  libjpeg: once(() => libjpeg(quiet())),
};
const W = 64;
const H = 48;
const frame = (k: number) => Int16Array.from({ length: W * H }, (_, i) => ((i * 977 + k * 131) % 4000) - 2000);
const frameInfo = (bits: number, signed: boolean) => ({ width: W, height: H, bitsPerSample: bits, componentCount: 1, isSigned: signed, isUsingColorTransform: false });

type Encode = (pixels: Uint8Array, bits: number, signed: boolean) => Promise<Uint8Array>;

const encoders: Record<string, { ts: string; encode: Encode }> = {
  'JPEG-LS': {
    ts: '1.2.840.10008.1.2.4.80',
    encode: async (px, bits, signed) => {
      const e = new (await modules.charls()).JpegLSEncoder();
      e.getDecodedBuffer(frameInfo(bits, signed)).set(px);
      e.encode();
      return e.getEncodedBuffer().slice();
    },
  },
  'JPEG 2000': {
    ts: '1.2.840.10008.1.2.4.90',
    encode: async (px, bits, signed) => {
      const e = new (await modules.openjpeg()).J2KEncoder();
      e.getDecodedBuffer(frameInfo(bits, signed)).set(px);
      e.setQuality(true, 0);
      e.encode();
      return e.getEncodedBuffer().slice();
    },
  },
  HTJ2K: {
    ts: '1.2.840.10008.1.2.4.201',
    encode: async (px, bits, signed) => {
      const e = new ((await modules.openjph()) as unknown as { HTJ2KEncoder: new () => any }).HTJ2KEncoder();
      e.getDecodedBuffer(frameInfo(bits, signed)).set(px);
      e.setQuality(true, 0);
      e.encode();
      return e.getEncodedBuffer().slice();
    },
  },
};

function header(frames: number, bits: number, signed: boolean): El[] {
  const us = (tag: number, v: number): El => ({ tag, vr: 'US', value: [v] });
  return [
    { tag: 0x00080018, vr: 'UI', value: '1.7' },
    { tag: 0x0020000e, vr: 'UI', value: '1.8' },
    { tag: 0x00280004, vr: 'CS', value: 'MONOCHROME2' },
    { tag: 0x00280008, vr: 'IS', value: String(frames) },
    us(0x00280002, 1),
    us(0x00280010, H),
    us(0x00280011, W),
    us(0x00280100, bits),
    us(0x00280101, bits),
    us(0x00280102, bits - 1),
    us(0x00280103, signed ? 1 : 0),
  ];
}

describe('compressed transfer syntaxes round-trip through the Cornerstone codecs', () => {
  for (const [name, { ts, encode }] of Object.entries(encoders)) {
    it(`${name} (${ts}): signed 16-bit, 2 frames with a Basic Offset Table`, async () => {
      const frames = [frame(0), frame(1)];
      const encoded = await Promise.all(frames.map((f) => encode(new Uint8Array(f.buffer), 16, true)));
      const r = parseInstance(writeEncapsulated(header(2, 16, true), encoded, ts, true), `${name}.dcm`);
      if (!r.ok) throw new Error(r.error.reason);
      const d = await decodeFrames(r.value);
      if (!d.ok) throw new Error(d.error.reason);
      expect(d.value.data).toBeInstanceOf(Int16Array);
      expect(Array.from(d.value.data)).toEqual([...frames[0], ...frames[1]]);
      const second = await decodeFrame(r.value, 1);
      expect(second.ok && Array.from(second.value.data)).toEqual(Array.from(frames[1]));
    });
  }

  it('JPEG baseline 8-bit (lossy): close to the source; libjpeg-turbo and the own DCT decoder agree', async () => {
    const src = Uint8Array.from({ length: W * H }, (_, i) => 60 + (i % W) + 2 * Math.floor(i / W));
    const e = new (await modules.libjpeg()).JPEGEncoder();
    e.getDecodedBuffer({ width: W, height: H, bitsPerSample: 8, componentCount: 1, isSigned: false, isUsingColorTransform: false }).set(src);
    e.setProgressive(false);
    e.setQuality(95);
    e.encode();
    const jpeg = e.getEncodedBuffer().slice();
    const r = parseInstance(writeEncapsulated(header(1, 8, false), [jpeg], '1.2.840.10008.1.2.4.50'), 'b.dcm');
    if (!r.ok) throw new Error(r.error.reason);
    const d = await decodeFrames(r.value);
    if (!d.ok) throw new Error(d.error.reason);
    expect(d.value.data).toBeInstanceOf(Uint8Array);
    const err = Array.from(d.value.data, (v, i) => Math.abs(v - src[i]));
    expect(Math.max(...err)).toBeLessThanOrEqual(3);
    const own = decodeJpegDct(jpeg);
    expect([own.width, own.height, own.precision, own.components]).toEqual([W, H, 8, 1]);
    expect(Math.max(...Array.from(own.data, (v, i) => Math.abs(v - d.value.data[i])))).toBeLessThanOrEqual(1);
  });

  it('a corrupt compressed frame is a FileError naming the file', async () => {
    const junk = Uint8Array.from([0xff, 0x4f, 0xff, 0x51, 1, 2, 3, 4]);
    const r = parseInstance(writeEncapsulated(header(1, 16, true), [junk], '1.2.840.10008.1.2.4.201'), 'junk.dcm');
    if (!r.ok) throw new Error(r.error.reason);
    const d = await decodeFrames(r.value);
    expect(d.ok).toBe(false);
    expect(!d.ok && d.error.file).toBe('junk.dcm');
    expect(!d.ok && d.error.reason).toMatch(/cannot decode pixels \(HTJ2K/);
  });
});
