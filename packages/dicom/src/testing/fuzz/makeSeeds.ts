import charls from '@cornerstonejs/codec-charls/wasmjs';
import libjpeg from '@cornerstonejs/codec-libjpeg-turbo-8bit/wasmjs';
import openjpeg from '@cornerstonejs/codec-openjpeg/wasmjs';
import openjph from '@cornerstonejs/codec-openjph/wasmjs';
import { deflateSync } from 'fflate';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { El } from '../../__fixtures__/writeDicom';
import { encodeElements, writeEncapsulated, writePart10, writeSlice } from '../../__fixtures__/writeDicom';
import { referenceRoot } from '../referenceData';
import { encodeRle } from './encodeRle';

/** A valid file the fuzzer mutates: generated here (always) or from ../shared/reference-data. */
export interface Seed {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly origin: 'generated' | 'reference';
}

const W = 64;
const H = 48;
const ramp = (k: number) => Int16Array.from({ length: W * H }, (_, i) => ((i * 97 + k * 31) % 2000) - 1000);
const bytesOf = (a: Int16Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
const us = (tag: number, v: number): El => ({ tag, vr: 'US', value: [v] });

function imageHeader(sop: string, frames: number, bits: number, signed: boolean): El[] {
  return [
    { tag: 0x00080016, vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
    { tag: 0x00080018, vr: 'UI', value: sop },
    { tag: 0x00080060, vr: 'CS', value: 'CT' },
    { tag: 0x0020000d, vr: 'UI', value: '1.2.826.0.1.3680043.10.1' },
    { tag: 0x0020000e, vr: 'UI', value: `${sop}.9` },
    { tag: 0x00200032, vr: 'DS', value: '-8\\-6\\0' },
    { tag: 0x00200037, vr: 'DS', value: '1\\0\\0\\0\\1\\0' },
    { tag: 0x00280030, vr: 'DS', value: '0.5\\0.5' },
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

/** Defined-length sequence value: items of already-encoded data sets (PS3.5 7.5). */
export function sequenceValue(items: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(items.reduce((n, i) => n + 8 + i.length, 0));
  const dv = new DataView(out.buffer);
  let o = 0;
  for (const item of items) {
    dv.setUint16(o, 0xfffe, true);
    dv.setUint16(o + 2, 0xe000, true);
    dv.setUint32(o + 4, item.length, true);
    out.set(item, o + 8);
    o += 8 + item.length;
  }
  return out;
}

/** Enhanced-style multi-frame: shared + per-frame functional groups (nested sequences). */
function multiFrame(): Uint8Array {
  const frames = [ramp(0), ramp(1), ramp(2)];
  const plane = (z: number) =>
    encodeElements([{ tag: 0x00209113, vr: 'SQ', value: sequenceValue([encodeElements([{ tag: 0x00200032, vr: 'DS', value: `-8\\-6\\${z}` }])]) }]);
  const shared = encodeElements([
    { tag: 0x00289110, vr: 'SQ', value: sequenceValue([encodeElements([{ tag: 0x00280030, vr: 'DS', value: '0.5\\0.5' }, { tag: 0x00180050, vr: 'DS', value: '2' }])]) },
  ]);
  const pixels = new Int16Array(frames.length * W * H);
  frames.forEach((f, i) => pixels.set(f, i * W * H));
  return writePart10([
    ...imageHeader('1.2.826.0.1.3680043.10.5', 3, 16, true).filter((e) => e.tag !== 0x00200032),
    { tag: 0x52009229, vr: 'SQ', value: sequenceValue([shared]) },
    { tag: 0x52009230, vr: 'SQ', value: sequenceValue([plane(0), plane(2), plane(4)]) },
    { tag: 0x7fe00010, vr: 'OW', value: pixels },
  ]);
}

/** Deflated Explicit VR Little Endian (PS3.5 A.5): the data set after the meta group is raw deflate. */
function deflated(): Uint8Array {
  const plain = writeSlice({ sop: '1.2.826.0.1.3680043.10.4', pixels: ramp(4), rows: H, columns: W, ipp: [0, 0, 0], spacing: [1, 1] });
  const withTs = writePart10(
    [
      { tag: 0x00080018, vr: 'UI', value: '1.2.826.0.1.3680043.10.4' },
      { tag: 0x0020000e, vr: 'UI', value: '1.2.826.0.1.3680043.10.4.9' },
    ],
    '1.2.840.10008.1.2.1.99',
  );
  // The meta group naming the deflated syntax, then the plain file's data set, deflated.
  const meta = withTs.subarray(0, metaLength(withTs));
  const z = deflateSync(plain.subarray(metaLength(plain)));
  const result = new Uint8Array(meta.length + z.length);
  result.set(meta);
  result.set(z, meta.length);
  return result;
}

/** End of the File Meta group: 132 + 12-byte group length element + its value. */
function metaLength(part10: Uint8Array): number {
  return 132 + 12 + new DataView(part10.buffer, part10.byteOffset).getUint32(140, true);
}

const quiet = () => ({ print: () => {}, printErr: () => {} });
const frameInfo = (bits: number, signed: boolean) => ({ width: W, height: H, bitsPerSample: bits, componentCount: 1, isSigned: signed, isUsingColorTransform: false });

async function compressedSeeds(): Promise<Seed[]> {
  const px = [bytesOf(ramp(0)), bytesOf(ramp(1))];
  const run = async (make: () => Promise<any>, cls: string, quality: (e: any) => void, bits = 16, frames = px) => {
    const m = await make();
    return frames.map((f) => {
      const e = new m[cls]();
      e.getDecodedBuffer(frameInfo(bits, bits === 16)).set(f);
      quality(e);
      e.encode();
      const out = e.getEncodedBuffer().slice() as Uint8Array;
      e.delete?.();
      return out;
    });
  };
  const lossless = (e: any) => e.setQuality(true, 0);
  const enc = (name: string, ts: string, frames: Uint8Array[], bits = 16, bot = true): Seed => ({
    name,
    bytes: writeEncapsulated(imageHeader(`1.2.826.0.1.3680043.10.${name.length}.${ts.split('.').pop()}`, frames.length, bits, bits === 16), frames, ts, bot),
    origin: 'generated',
  });
  const grey8 = [Uint8Array.from({ length: W * H }, (_, i) => 40 + (i % W) * 8)];
  return [
    enc('gen-jpeg-ls.dcm', '1.2.840.10008.1.2.4.80', await run(() => charls(quiet()), 'JpegLSEncoder', () => {})),
    enc('gen-j2k.dcm', '1.2.840.10008.1.2.4.90', await run(() => openjpeg(quiet()), 'J2KEncoder', lossless), 16, false),
    enc('gen-htj2k.dcm', '1.2.840.10008.1.2.4.201', await run(() => openjph(quiet()), 'HTJ2KEncoder', lossless)),
    enc('gen-jpeg-baseline.dcm', '1.2.840.10008.1.2.4.50', await run(() => libjpeg(quiet()), 'JPEGEncoder', (e) => (e.setProgressive(false), e.setQuality(90)), 8, grey8), 8),
    enc('gen-rle.dcm', '1.2.840.10008.1.2.5', px.map((f) => encodeRle(f, 2))),
  ];
}

/** Seeds made in code: every transfer syntax family this package reads, small enough to mutate fast. */
export async function generatedSeeds(): Promise<Seed[]> {
  const slice = (sop: string, ts?: string) => writeSlice({ sop, pixels: ramp(sop.length), rows: H, columns: W, ipp: [-8, -6, 0], iop: [1, 0, 0, 0, 1, 0], spacing: [0.5, 0.5], slope: 1, intercept: -1024 }, ts);
  const bit1 = writePart10([
    ...imageHeader('1.2.826.0.1.3680043.10.6', 1, 1, false).filter((e) => e.tag !== 0x00280100 && e.tag !== 0x00280101 && e.tag !== 0x00280102),
    us(0x00280100, 1),
    us(0x00280101, 1),
    us(0x00280102, 0),
    { tag: 0x7fe00010, vr: 'OB', value: Uint8Array.from({ length: (W * H) / 8 }, (_, i) => (i * 37) & 0xff) },
  ]);
  return [
    { name: 'gen-explicit-le.dcm', bytes: slice('1.2.826.0.1.3680043.10.1.1'), origin: 'generated' },
    { name: 'gen-implicit-le.dcm', bytes: slice('1.2.826.0.1.3680043.10.2.1', '1.2.840.10008.1.2'), origin: 'generated' },
    { name: 'gen-explicit-be.dcm', bytes: slice('1.2.826.0.1.3680043.10.3.1', '1.2.840.10008.1.2.2'), origin: 'generated' },
    { name: 'gen-deflated.dcm', bytes: deflated(), origin: 'generated' },
    { name: 'gen-multiframe.dcm', bytes: multiFrame(), origin: 'generated' },
    { name: 'gen-1bit.dcm', bytes: bit1, origin: 'generated' },
    ...(await compressedSeeds()),
  ];
}

/**
 * The dicom-samples of ../shared/reference-data (never copied into the repo), up to `maxBytes`
 * each; none (with a console note) when that folder is absent.
 */
export function referenceSeeds(maxBytes = Infinity): Seed[] {
  const root = path.join(referenceRoot, 'dicom-samples');
  let dirs: string[];
  try {
    dirs = readdirSync(root).filter((d) => statSync(path.join(root, d)).isDirectory());
  } catch {
    console.warn(`[fuzz] ${root} absent: fuzzing the generated seeds only`);
    return [];
  }
  const seeds: Seed[] = [];
  for (const d of dirs.sort()) {
    for (const f of readdirSync(path.join(root, d)).sort()) {
      const p = path.join(root, d, f);
      if (!f.endsWith('.dcm') || statSync(p).size > maxBytes) continue;
      seeds.push({ name: `${d}/${f}`, bytes: new Uint8Array(readFileSync(p)), origin: 'reference' });
    }
  }
  return seeds;
}
