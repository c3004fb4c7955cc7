import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { transcodeToNative } from '@caliper/dicom';

/** Mask files read ahead (compressed SEG pixel data decoded), by absolute path. */
const prepared = new Map<string, Uint8Array>();

/** The file a mask ROI's `path` names: absolute, else from `baseDir`, else the working directory. */
export function findMaskFile(spec: { readonly path: string }, baseDir: string): string | undefined {
  const candidates = path.isAbsolute(spec.path) ? [spec.path] : [path.resolve(baseDir, spec.path), path.resolve(spec.path)];
  return candidates.find((p) => existsSync(p));
}

/**
 * Reads a mask file ahead of the (synchronous) ROI resolution and, when it is DICOM with
 * encapsulated Pixel Data (a SEG compressed with RLE, JPEG-LS or JPEG 2000 lossless, as highdicom
 * can write), decodes it to native pixels with the same codecs as the images. A file that cannot be
 * prepared is left to the reader, which names it with the reason.
 */
export async function prepareMaskFile(file: string): Promise<string | undefined> {
  const abs = path.resolve(file);
  if (prepared.has(abs)) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(abs));
  } catch {
    return undefined;
  }
  const dicm = bytes.length > 132 && bytes[128] === 0x44 && bytes[129] === 0x49 && bytes[130] === 0x43 && bytes[131] === 0x4d;
  if (!dicm) return undefined;
  const native = await transcodeToNative(bytes, abs);
  if (!native.ok) return `${file}: ${native.error.reason}`;
  if (native.value !== bytes) prepared.set(abs, native.value);
  return undefined;
}

/** Prepares the file of a `{"type":"mask"}` ROI (any other ROI: nothing to do); returns an error when its pixels cannot be decoded. */
export async function prepareRoiMaskFile(spec: { readonly type: string; readonly path?: string }, baseDir: string): Promise<string | undefined> {
  if (spec.type !== 'mask' || spec.path === undefined) return undefined;
  const file = findMaskFile({ path: spec.path }, baseDir);
  return file === undefined ? undefined : prepareMaskFile(file);
}

/** The bytes of a mask file: prepared (decoded) ones when there are, else the file as it is. */
export function readMaskBytes(file: string): Uint8Array {
  return prepared.get(path.resolve(file)) ?? new Uint8Array(readFileSync(file));
}
