import type { Mask, Volume } from '@caliper/core';
import { createMask } from '../mask/createMask';
import type { Bbox } from '../mask/createMask';
import { computeMaskBbox } from '../mask/computeMaskBbox';

export interface ThresholdToMaskOptions {
  /** Lower bound (inclusive), in the volume's unit. */
  readonly min?: number;
  /** Upper bound (inclusive), in the volume's unit. */
  readonly max?: number;
  /** Lower bound as a percentage of the maximum inside `within` (or the whole volume); combined with
   *  `min` by taking the larger of the two. */
  readonly percentOfMax?: number;
  /** Restrict to this mask (and its bbox). */
  readonly within?: Mask;
  readonly out?: Uint8Array;
}

/** Voxels with min <= value <= max (inclusive bounds), optionally inside another mask. */
export function thresholdToMask(volume: Volume, options: ThresholdToMaskOptions): Mask {
  const dims = volume.geometry.dimensions;
  const mask = createMask(dims, { out: options.out });
  const within = options.within;
  const box: Bbox | null = within ? within.bbox : [[0, 0, 0], [dims[0] - 1, dims[1] - 1, dims[2] - 1]];
  if (!box) return mask;
  const w = within?.data;
  const v = volume.data;
  let lower = options.min ?? -Infinity;
  const upper = options.max ?? Infinity;
  if (options.percentOfMax !== undefined) {
    let mx = -Infinity;
    forEachRow(dims, box, (row, i0, i1) => {
      for (let n = row + i0; n <= row + i1; n++) if ((!w || w[n] !== 0) && v[n] > mx) mx = v[n];
    });
    if (mx === -Infinity) return mask;
    lower = Math.max(lower, (options.percentOfMax / 100) * mx);
  }
  const out = mask.data;
  forEachRow(dims, box, (row, i0, i1) => {
    for (let n = row + i0; n <= row + i1; n++) {
      const x = v[n];
      if (x >= lower && x <= upper && (!w || w[n] !== 0)) out[n] = 1;
    }
  });
  return { ...mask, bbox: computeMaskBbox(dims, out, { within: box }) };
}

function forEachRow(dims: readonly number[], box: Bbox, f: (row: number, i0: number, i1: number) => void): void {
  for (let k = box[0][2]; k <= box[1][2]; k++)
    for (let j = box[0][1]; j <= box[1][1]; j++) f((k * dims[1] + j) * dims[0], box[0][0], box[1][0]);
}
