import type { FileError, Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { Instance } from '../model/instance';
import type { DecodedPixels, PixelArray } from '../model/pixels';
import { describeTransferSyntax, transferSyntaxInfo } from '../parse/transferSyntax';
import { decodeEncodedFrame, UnsupportedError } from './decodeEncodedFrame';
import { encapsulatedFrames } from './encapsulatedFrames';
import { allocatePixels, bytesOf, copyOwBigEndian8, interleave, signExtend, swapBytes, unpackBits } from './pixelArrays';
import { upsampleYbr422, ybrFullToRgb } from './ybrToRgb';

const YBR_TO_RGB = new Set(['jpeg-baseline', 'jpeg-extended', 'j2k', 'htj2k']);

function pixelElement(inst: Instance) {
  const ds = inst.dataSet;
  for (const tag of ['x7fe00010', 'x7fe00008', 'x7fe00009']) {
    const el = ds.elements[tag];
    if (el) return { el, float: tag !== 'x7fe00010', bits: tag === 'x7fe00009' ? 64 : tag === 'x7fe00008' ? 32 : inst.bitsAllocated };
  }
  return undefined;
}

/** Frames [first, first+count) as pydicom's pixel_array would give them (see DecodedPixels). */
async function decodeRange(inst: Instance, first: number, count: number): Promise<DecodedPixels> {
  const px = pixelElement(inst);
  if (!px || !inst.hasPixelData) throw new Error('no Pixel Data (7FE0,0010) in this object');
  const ts = transferSyntaxInfo(inst.transferSyntaxUID);
  if (!ts) throw new UnsupportedError(`unsupported transfer syntax ${describeTransferSyntax(inst.transferSyntaxUID)}`);
  if (first < 0 || first + count > inst.numberOfFrames) throw new Error(`frame ${first} out of range (0..${inst.numberOfFrames - 1})`);
  const { rows, columns, samplesPerPixel: spp } = inst;
  const pixels = rows * columns;
  const perFrame = pixels * spp;
  const bytesPerSample = px.bits === 1 ? 1 : px.bits / 8;
  const frameBytes = perFrame * bytesPerSample;
  let photometric = inst.photometricInterpretation;
  // Rows, Columns and NumberOfFrames are untrusted: nothing is allocated for them until the bytes
  // are known to be there (native) or a first frame has decoded to that size (encapsulated).
  if (!px.el.encapsulatedPixelData && (photometric === 'YBR_PARTIAL_422' || (photometric === 'YBR_FULL_422' && (px.bits !== 8 || spp !== 3)))) {
    throw new UnsupportedError(`unsupported: uncompressed chroma-subsampled ${photometric} ${px.bits}-bit pixel data`);
  }
  if (!px.el.encapsulatedPixelData) checkNativeLength(inst, px.el, px.bits, first + count, perFrame);
  const encapsulated = px.el.encapsulatedPixelData ? encapsulatedFrames(inst.byteArray, px.el, inst.numberOfFrames) : undefined;
  const firstDecoded = encapsulated ? await decodeEncodedFrame(ts.encoding, encapsulated[first], inst) : undefined;
  const out = allocatePixels(px.bits, inst.pixelRepresentation, perFrame * count, px.float);
  const outBytes = bytesOf(out);

  if (encapsulated && firstDecoded) {
    outBytes.set(firstDecoded, 0);
    for (let f = 1; f < count; f++) {
      const decoded = await decodeEncodedFrame(ts.encoding, encapsulated[first + f], inst);
      outBytes.set(decoded, f * frameBytes);
    }
    if (inst.pixelRepresentation === 1 && inst.bitsStored < px.bits && px.bits <= 32) signExtend(out, inst.bitsStored);
    if (spp === 3 && YBR_TO_RGB.has(ts.encoding) && photometric.startsWith('YBR')) photometric = 'RGB';
  } else {
    const { byteArray } = inst;
    const value = byteArray.subarray(px.el.dataOffset, Math.min(byteArray.length, px.el.dataOffset + px.el.length));
    // 8-bit samples in OW under big endian are stored word-swapped (PS3.5 7.3).
    const ow8be = ts.encoding === 'native-be' && px.bits === 8 && px.el.vr === 'OW';
    if (photometric === 'YBR_FULL_422') {
      // Native 4:2:2 stores 2 bytes per pixel: remove the subsampling first (as pydicom does).
      const sub = pixels * 2;
      if (sub * (first + count) > value.length) throw new Error('YBR_FULL_422 Pixel Data is truncated');
      const stored = new Uint8Array(sub);
      for (let f = 0; f < count; f++) {
        if (ow8be) copyOwBigEndian8(value, (first + f) * sub, stored);
        else stored.set(value.subarray((first + f) * sub, (first + f + 1) * sub));
        upsampleYbr422(stored, outBytes.subarray(f * frameBytes), rows, columns);
      }
      ybrFullToRgb(outBytes);
      return { data: out, frames: count, rows, columns, samplesPerPixel: spp, photometricInterpretation: 'RGB' };
    }
    const start = px.el.dataOffset;
    const available = Math.min(px.el.length, byteArray.length - start);
    if (px.bits === 1) {
      const bitOffset = first * perFrame;
      if (Math.ceil((bitOffset + perFrame * count) / 8) > available) throw new Error('Pixel Data is shorter than Rows × Columns × frames (truncated)');
      unpackBits(byteArray.subarray(start, start + available), bitOffset, perFrame * count, outBytes, 0);
    } else {
      const from = start + first * frameBytes;
      if (first * frameBytes + frameBytes * count > available) {
        throw new Error(`Pixel Data has ${available} bytes, expected ${frameBytes * inst.numberOfFrames} (truncated)`);
      }
      if (ow8be) copyOwBigEndian8(value, first * frameBytes, outBytes);
      else {
        outBytes.set(byteArray.subarray(from, from + frameBytes * count));
        if (ts.encoding === 'native-be') swapBytes(outBytes, bytesPerSample);
      }
    }
    if (spp > 1 && inst.planarConfiguration === 1) {
      for (let f = 0; f < count; f++) interleave(outBytes.subarray(f * frameBytes, (f + 1) * frameBytes), pixels, spp, bytesPerSample);
    }
  }
  if (spp === 3 && px.bits === 8 && photometric === 'YBR_FULL') {
    ybrFullToRgb(outBytes);
    photometric = 'RGB';
  }
  return { data: out, frames: count, rows, columns, samplesPerPixel: spp, photometricInterpretation: photometric };
}

/** Throws the decoder's "truncated" error before allocating when native Pixel Data is too short. */
function checkNativeLength(inst: Instance, el: { dataOffset: number; length: number }, bits: number, frames: number, perFrame: number): void {
  const available = Math.min(el.length, inst.byteArray.length - el.dataOffset);
  const { photometricInterpretation: p } = inst;
  if (p === 'YBR_FULL_422' && bits === 8 && inst.samplesPerPixel === 3) {
    if (inst.rows * inst.columns * 2 * frames > available) throw new Error('YBR_FULL_422 Pixel Data is truncated');
  } else if (bits === 1) {
    if (Math.ceil((perFrame * frames) / 8) > available) throw new Error('Pixel Data is shorter than Rows × Columns × frames (truncated)');
  } else if (perFrame * (bits / 8) * frames > available) {
    throw new Error(`Pixel Data has ${available} bytes, expected ${perFrame * (bits / 8) * inst.numberOfFrames} (truncated)`);
  }
}

async function guarded(inst: Instance, first: number, count: number): Promise<Result<DecodedPixels, FileError>> {
  try {
    return ok(await decodeRange(inst, first, count));
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    const reason = e instanceof UnsupportedError ? m : `cannot decode pixels (${describeTransferSyntax(inst.transferSyntaxUID)}): ${m}`;
    return err({ file: inst.file, reason });
  }
}

/** All frames of an instance, frames first. Never throws; a failure is a FileError. */
export function decodeFrames(inst: Instance): Promise<Result<DecodedPixels, FileError>> {
  return guarded(inst, 0, inst.numberOfFrames);
}

/** One frame (0-based) of an instance. Never throws; a failure is a FileError. */
export function decodeFrame(inst: Instance, frame: number): Promise<Result<DecodedPixels, FileError>> {
  return guarded(inst, frame, 1);
}

export type { PixelArray };
