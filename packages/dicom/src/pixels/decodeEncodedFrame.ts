import type { Instance } from '../model/instance';
import type { PixelEncoding } from '../parse/transferSyntax';
import { decodeWithCodec } from './codecs';
import { decodeRle } from './decodeRle';
import { unpackBits } from './pixelArrays';
import { decodeJpegDct } from './jpeg/decodeJpegDct';
import { jpegHoldsRgb, readJpegColourMarkers, withoutColourTransform } from './jpeg/jpegColour';

/** A decoder failure that means "this build cannot decode it", as opposed to corrupt data. */
export class UnsupportedError extends Error {}

function toBytes(a: Uint8Array | Uint16Array): Uint8Array {
  return a instanceof Uint8Array ? a : new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function checkSize(bytes: Uint8Array, inst: Instance, what: string): Uint8Array {
  const samples = inst.rows * inst.columns * inst.samplesPerPixel;
  if (inst.bitsAllocated === 16 && bytes.length === samples) {
    // 8-bit codestream in 16-bit allocated pixels (e.g. J2K with BitsStored 8): widen.
    const wide = new Uint16Array(samples);
    for (let i = 0; i < samples; i++) wide[i] = bytes[i];
    return new Uint8Array(wide.buffer);
  }
  const expected = inst.rows * inst.columns * inst.samplesPerPixel * (inst.bitsAllocated / 8);
  if (bytes.length < expected) throw new Error(`${what} decoded ${bytes.length} bytes, expected ${expected}`);
  return bytes.length === expected ? bytes : bytes.subarray(0, expected);
}

async function decodeJpegLossless(encoded: Uint8Array, inst: Instance): Promise<Uint8Array> {
  const { Decoder } = await import('@cornerstonejs/jpeg-lossless-decoder-js');
  const copy = encoded.slice();
  const out = new Decoder().decode(copy.buffer, 0, copy.length, inst.bitsAllocated <= 8 ? 1 : 2);
  return toBytes(out);
}

/**
 * Decode one compressed frame to little-endian stored bytes (samples interleaved), using the
 * Cornerstone codecs (CharLS, OpenJPEG, OpenJPH, libjpeg-turbo, jpeg-lossless-decoder-js) or
 * this package's RLE decoder.
 */
export async function decodeEncodedFrame(encoding: PixelEncoding, encoded: Uint8Array, inst: Instance): Promise<Uint8Array> {
  if (inst.bitsAllocated === 1) return decodeOneBitFrame(encoding, encoded, inst);
  return decodeMultiBitFrame(encoding, encoded, inst);
}

async function decodeMultiBitFrame(encoding: PixelEncoding, encoded: Uint8Array, inst: Instance): Promise<Uint8Array> {
  switch (encoding) {
    case 'rle':
      return decodeRle(encoded, inst.rows, inst.columns, inst.samplesPerPixel, inst.bitsAllocated);
    case 'encapsulated-uncompressed':
      return checkSize(encoded, inst, 'encapsulated uncompressed frame');
    case 'jpeg-ls': {
      // CharLS loops forever on some streams cut short (found by the issue 16 fuzz suite): a frame
      // must end with the EOI marker FFD9 (ISO 14495-1 C.1.1), allowing DICOM's even-length padding.
      if (!endsWithEoi(encoded)) throw new Error('JPEG-LS frame is truncated (no end-of-image marker FFD9)');
      return checkSize((await decodeWithCodec('charls', (m) => new m.JpegLSDecoder(), encoded)).bytes, inst, 'JPEG-LS');
    }
    case 'j2k': {
      return checkSize((await decodeWithCodec('openjpeg', (m) => new m.J2KDecoder(), encoded)).bytes, inst, 'JPEG 2000');
    }
    case 'htj2k': {
      return checkSize((await decodeWithCodec('openjph', (m) => new m.HTJ2KDecoder(), encoded)).bytes, inst, 'HTJ2K');
    }
    case 'jpeg-lossless':
      return checkSize(await decodeJpegLossless(encoded, inst), inst, 'JPEG lossless');
    case 'jpeg-baseline':
    case 'jpeg-extended': {
      if (precisionOf(encoded) > 8) {
        // libjpeg-turbo is an 8-bit build: 12-bit process 4 goes to this package's DCT decoder.
        if (inst.samplesPerPixel !== 1) throw new UnsupportedError('unsupported: 12-bit colour JPEG extended');
        const d = decodeJpegDct(encoded);
        return checkSize(toBytes(d.data), inst, '12-bit JPEG extended');
      }
      // libjpeg converts YCbCr → RGB unless the stream says RGB; a stream with no colour marker
      // in an RGB data set is RGB too (as pydicom reads it): say so with an Adobe APP14 marker.
      const rgb = inst.samplesPerPixel === 3 && jpegHoldsRgb(readJpegColourMarkers(encoded), inst.photometricInterpretation);
      const jpeg = rgb ? withoutColourTransform(encoded) : encoded;
      return checkSize((await decodeWithCodec('libjpeg-turbo', (m) => new m.JPEGDecoder(), jpeg)).bytes, inst, 'JPEG baseline');
    }
    default:
      throw new UnsupportedError(`unsupported: no decoder for ${encoding}`);
  }
}

/**
 * A compressed 1-bit frame (e.g. a BINARY SEG from highdicom with RLE, JPEG-LS or JPEG 2000
 * lossless) as one byte (0/1) per pixel. Writers differ in what they compress: the packed bits
 * (PS3.5 8.1.1: ⌈Rows·Columns/8⌉ bytes, LSB first) or one sample of precision 1 per pixel; both
 * are accepted, told apart by the decoded length.
 */
async function decodeOneBitFrame(encoding: PixelEncoding, encoded: Uint8Array, inst: Instance): Promise<Uint8Array> {
  const plane = inst.rows * inst.columns * inst.samplesPerPixel;
  const packed = Math.ceil(plane / 8);
  let bytes: Uint8Array;
  if (encoding === 'rle') {
    try {
      bytes = decodeRle(encoded, 1, plane, 1, 8);
    } catch {
      bytes = decodeRle(encoded, 1, packed, 1, 8);
    }
  } else {
    // The codec's output size comes from the codestream; checkSize refuses a shorter one.
    const as8 = { ...inst, bitsAllocated: 8, samplesPerPixel: 1, rows: 1, columns: plane } as Instance;
    bytes = await decodeMultiBitFrame(encoding, encoded, as8).catch(async () => decodeMultiBitFrame(encoding, encoded, { ...as8, columns: packed } as Instance));
  }
  if (bytes.length >= plane) return Uint8Array.from(bytes.subarray(0, plane), (v) => (v ? 1 : 0));
  if (bytes.length < packed) throw new Error(`1-bit frame decoded ${bytes.length} bytes, expected ${packed} (packed) or ${plane}`);
  const out = new Uint8Array(plane);
  unpackBits(bytes, 0, plane, out, 0);
  return out;
}

/** True when the stream ends with FFD9, possibly followed by zero padding bytes. */
function endsWithEoi(stream: Uint8Array): boolean {
  let n = stream.length;
  while (n > 0 && stream[n - 1] === 0) n--;
  return n >= 2 && stream[n - 2] === 0xff && stream[n - 1] === 0xd9;
}

/** Sample precision P from the JPEG SOFn marker (PS3.5 refers to ISO 10918-1 B.2.2). */
export function precisionOf(jpeg: Uint8Array): number {
  for (let i = 2; i + 4 < jpeg.length; ) {
    if (jpeg[i] !== 0xff) return 8;
    const marker = jpeg[i + 1];
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return jpeg[i + 4];
    i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
  }
  return 8;
}
