import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { LabelmapRle } from '../model/schema';

/** Decode an RLE labelmap into `out` (or a new Uint8Array) of exactly `voxelCount` voxels. */
export function decodeLabelmap(rle: LabelmapRle, voxelCount: number, out?: Uint8Array): Result<Uint8Array> {
  const { runs } = rle;
  if (runs.length % 2 !== 0) return err('labelmap RLE has an odd number of entries');
  let total = 0;
  for (let p = 1; p < runs.length; p += 2) total += runs[p];
  if (total !== voxelCount) return err(`labelmap RLE covers ${total} voxels, grid has ${voxelCount}`);
  const labels = out ?? new Uint8Array(voxelCount);
  if (labels.length !== voxelCount) return err(`output buffer has ${labels.length} voxels, grid has ${voxelCount}`);
  let at = 0;
  for (let p = 0; p < runs.length; p += 2) {
    const v = runs[p];
    if (v > 255) return err(`segment number ${v} does not fit an 8-bit labelmap`);
    labels.fill(v, at, at + runs[p + 1]);
    at += runs[p + 1];
  }
  return ok(labels);
}
