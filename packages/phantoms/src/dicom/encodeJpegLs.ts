import { createRequire } from 'node:module';

interface CharlsEncoder {
  getDecodedBuffer(frameInfo: { width: number; height: number; bitsPerSample: number; componentCount: number }): Uint8Array;
  setNearLossless(n: number): void;
  encode(): void;
  getEncodedBuffer(): Uint8Array;
  delete(): void;
}
interface CharlsModule {
  JpegLSEncoder: new () => CharlsEncoder;
}

let charls: Promise<CharlsModule> | null = null;

/** Loads CharLS (the WebAssembly build Cornerstone's dicom-image-loader decodes with) once. */
export function loadCharls(): Promise<CharlsModule> {
  if (!charls) {
    const require = createRequire(import.meta.url);
    const factory = require('@cornerstonejs/codec-charls/wasmjs') as () => Promise<CharlsModule>;
    charls = factory();
  }
  return charls;
}

/**
 * Lossless JPEG-LS (ISO 14495-1, DICOM transfer syntax 1.2.840.10008.1.2.4.80) of one 16-bit
 * unsigned frame whose values fit in bitsStored bits. Returns a copy of the code stream.
 */
export function encodeJpegLs(m: CharlsModule, pixels: Uint16Array, columns: number, rows: number, bitsStored: number): Uint8Array {
  const enc = new m.JpegLSEncoder();
  try {
    const buf = enc.getDecodedBuffer({ width: columns, height: rows, bitsPerSample: bitsStored, componentCount: 1 });
    new Uint16Array(buf.buffer, buf.byteOffset, columns * rows).set(pixels);
    enc.setNearLossless(0);
    enc.encode();
    return enc.getEncodedBuffer().slice();
  } finally {
    enc.delete();
  }
}
