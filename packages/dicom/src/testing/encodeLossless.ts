import charls from '@cornerstonejs/codec-charls/wasmjs';
import openjpeg from '@cornerstonejs/codec-openjpeg/wasmjs';
import openjph from '@cornerstonejs/codec-openjph/wasmjs';

/** Lossless codecs the test writers use, with their transfer syntax UIDs. */
export const LOSSLESS_SYNTAXES = { 'jpeg-ls': '1.2.840.10008.1.2.4.80', j2k: '1.2.840.10008.1.2.4.90', htj2k: '1.2.840.10008.1.2.4.201' } as const;
export type LosslessCodec = keyof typeof LOSSLESS_SYNTAXES;

const quiet = () => ({ print: () => {}, printErr: () => {} });
const classes = { 'jpeg-ls': [() => charls(quiet()), 'JpegLSEncoder'], j2k: [() => openjpeg(quiet()), 'J2KEncoder'], htj2k: [() => openjph(quiet()), 'HTJ2KEncoder'] } as const;

/**
 * Test helper: each frame (one sample per pixel, unsigned, `bits` 8 or 16, little endian) encoded
 * losslessly with the Cornerstone codecs (CharLS, OpenJPEG, OpenJPH), as another writer would.
 */
export async function encodeLossless(codec: LosslessCodec, frames: readonly Uint8Array[], width: number, height: number, bits: 8 | 16 = 8): Promise<Uint8Array[]> {
  const [make, cls] = classes[codec];
  const m: any = await make();
  return frames.map((f) => {
    const e = new m[cls]();
    e.getDecodedBuffer({ width, height, bitsPerSample: bits, componentCount: 1, isSigned: false, isUsingColorTransform: false }).set(f);
    if (codec !== 'jpeg-ls') e.setQuality(true, 0);
    e.encode();
    const out = (e.getEncodedBuffer() as Uint8Array).slice();
    e.delete?.();
    return out;
  });
}
