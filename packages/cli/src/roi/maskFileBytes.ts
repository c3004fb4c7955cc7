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

/**
 * Prepares the files of every `{"type":"mask"}` ROI in a spec, at any depth (a mask nested in a
 * threshold's `within`, a combination's operands…); returns the first error when pixels cannot be
 * decoded. Any other ROI: nothing to do.
 */
export async function prepareRoiMaskFile(spec: unknown, baseDir: string): Promise<string | undefined> {
  if (spec === null || typeof spec !== 'object') return undefined;
  if (Array.isArray(spec)) {
    for (const item of spec) {
      const e = await prepareRoiMaskFile(item, baseDir);
      if (e) return e;
    }
    return undefined;
  }
  const o = spec as Record<string, unknown>;
  if (o.type === 'mask' && typeof o.path === 'string') {
    const file = findMaskFile({ path: o.path }, baseDir);
    return file === undefined ? undefined : prepareMaskFile(file);
  }
  for (const value of Object.values(o)) {
    const e = await prepareRoiMaskFile(value, baseDir);
    if (e) return e;
  }
  return undefined;
}

/**
 * Prepares the mask files a ROI JSON file names (see prepareRoiMaskFile); a file that cannot be read
 * or parsed is left to the ROI reader, which names it with the reason.
 */
export async function prepareRoiFileMasks(roiPath: string): Promise<string | undefined> {
  let spec: unknown;
  try {
    spec = JSON.parse(readFileSync(roiPath, 'utf8'));
  } catch {
    return undefined;
  }
  return prepareRoiMaskFile(spec, path.dirname(path.resolve(roiPath)));
}

/** The bytes of a mask file: prepared (decoded) ones when there are, else the file as it is. */
export function readMaskBytes(file: string): Uint8Array {
  return prepared.get(path.resolve(file)) ?? new Uint8Array(readFileSync(file));
}
