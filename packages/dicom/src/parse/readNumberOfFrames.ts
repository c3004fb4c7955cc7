import type { DataSet } from 'dicom-parser';
import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { str } from './readTags';

/**
 * Number of Frames (0028,0008), an IS (PS3.5 6.2: an optional sign, then digits). Absent, empty or
 * 0 means one frame (as pydicom reads it). Anything else that is not one whole number (`1A`, `1.5`,
 * `15\16`) is an error rather than a guess: reading `1A` as 1 would silently drop 14 of 15 frames.
 */
export function readNumberOfFrames(ds: DataSet): Result<number, string> {
  const raw = str(ds, 'x00280008');
  if (raw === undefined) return ok(1);
  if (!/^[+-]?\d+$/.test(raw)) return err(`NumberOfFrames '${raw.slice(0, 64)}' is not a whole number`);
  const n = Number(raw);
  if (n < 0) return err(`NumberOfFrames '${raw}' is negative`);
  return ok(Math.max(1, n));
}
