import type { FileError, Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { parseInstance } from '../parse/parseInstance';
import { decodeFrame } from './decodeFrames';

/** A scalar slice buffer (a view into the volume's final buffer). */
export type SliceArray = Uint8Array | Int16Array | Uint16Array | Float32Array;

export interface DecodeSliceOptions {
  /** 0-based frame of the object (0 for single-frame objects). */
  readonly frame: number;
  /** Factor applied after the modality LUT (e.g. SUVbw); default 1. */
  readonly factor?: number;
  /** Where the slice goes: `out[offset .. offset + rows·columns)`. */
  readonly out: SliceArray;
  readonly offset: number;
}

/** Value range written (modality units after rescale and factor). */
export interface SliceRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Decodes one frame of a DICOM object (bytes as fetched) with this package's codecs and writes it,
 * rescaled (RescaleSlope/Intercept of that frame, PS3.3 C.11.1 modality LUT) and multiplied by
 * `factor`, straight into `out` at `offset` — typically a view into a SharedArrayBuffer holding the
 * whole volume, so a decode worker fills the final buffer without a copy back. Scalar images only.
 * Never throws: a failure is a FileError naming `name`.
 */
export async function decodeSliceInto(bytes: Uint8Array, name: string, o: DecodeSliceOptions): Promise<Result<SliceRange, FileError>> {
  const parsed = parseInstance(bytes, name);
  if (!parsed.ok) return parsed;
  const inst = parsed.value;
  const fail = (reason: string) => err<FileError>({ file: name, reason });
  if (inst.samplesPerPixel !== 1) return fail('colour (multi-sample) image cannot go into a scalar volume');
  const plane = inst.rows * inst.columns;
  if (o.offset < 0 || o.offset + plane > o.out.length) return fail(`slice of ${inst.columns}×${inst.rows} does not fit the volume buffer`);
  const d = await decodeFrame(inst, o.frame);
  if (!d.ok) return d;
  const src = d.value.data;
  const fr = inst.frames?.[o.frame];
  const m = fr?.rescaleSlope ?? inst.rescaleSlope;
  const b = fr?.rescaleIntercept ?? inst.rescaleIntercept;
  const f = o.factor ?? 1;
  const out = o.out;
  const base = o.offset;
  let min = Infinity;
  let max = -Infinity;
  // (stored·slope + intercept)·factor, in that order: the arithmetic Cornerstone3D's scaleArray
  // uses, so both loaders give bit-identical Float32 voxels.
  for (let i = 0; i < plane; i++) {
    out[base + i] = f === 1 ? src[i] * m + b : (src[i] * m + b) * f;
    const v = out[base + i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return ok({ min, max });
}
