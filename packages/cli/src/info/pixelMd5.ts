import { createHash } from 'node:crypto';
import type { Instance } from '@caliper/dicom';
import { decodeFrames } from '@caliper/dicom';
import type { FileError, Result } from '@caliper/core';
import { err, ok } from '@caliper/core';

/**
 * MD5 of the decoded stored values: native little-endian bytes, frames first, samples
 * interleaved, as pydicom's pixel_array.tobytes() (typed arrays are little-endian on every
 * platform Node runs on).
 */
export async function pixelMd5(inst: Instance): Promise<Result<string, FileError>> {
  const d = await decodeFrames(inst);
  if (!d.ok) return err(d.error);
  const a = d.value.data;
  return ok(createHash('md5').update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)).digest('hex'));
}
