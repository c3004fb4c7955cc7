import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';

/** A 0/1 mask cropped to its inclusive voxel bbox on a grid (engine `CroppedMask`, i-fastest). */
export interface CroppedMaskLike {
  readonly dimensions: readonly [number, number, number];
  readonly bbox: readonly [readonly [number, number, number], readonly [number, number, number]] | null;
  readonly data: Uint8Array;
}

/** The saved form: the bbox and alternating run lengths over it (i-fastest), starting with a run of 0s (maybe empty). */
export interface MaskRle {
  readonly bbox: [[number, number, number], [number, number, number]];
  readonly runs: number[];
}

/** Run-length encode a cropped mask's bbox (a 41 mL lesion of 4 mm voxels: ~1 k runs instead of ~1.5 k bytes of 0/1). */
export function encodeMaskRle(mask: CroppedMaskLike): MaskRle | null {
  const b = mask.bbox;
  if (!b) return null;
  const runs: number[] = [];
  let cur = 0, len = 0;
  for (let q = 0; q < mask.data.length; q++) {
    const v = mask.data[q] ? 1 : 0;
    if (v === cur) len++;
    else {
      runs.push(len);
      cur = v;
      len = 1;
    }
  }
  runs.push(len);
  return { bbox: [[b[0][0], b[0][1], b[0][2]], [b[1][0], b[1][1], b[1][2]]], runs };
}

/** Inverse of encodeMaskRle on a grid of `dimensions`; an error when the runs do not fill the bbox or the bbox leaves the grid. */
export function decodeMaskRle(rle: MaskRle, dimensions: readonly [number, number, number]): Result<CroppedMaskLike & { bbox: MaskRle['bbox'] }> {
  const [lo, hi] = rle.bbox;
  for (let d = 0; d < 3; d++) {
    if (lo[d] < 0 || hi[d] >= dimensions[d] || hi[d] < lo[d]) return err(`mask bbox [${lo.join(',')}]–[${hi.join(',')}] is outside the ${dimensions.join('×')} grid`);
  }
  const n = (hi[0] - lo[0] + 1) * (hi[1] - lo[1] + 1) * (hi[2] - lo[2] + 1);
  const data = new Uint8Array(n);
  let q = 0;
  for (let r = 0; r < rle.runs.length; r++) {
    const len = rle.runs[r];
    if (q + len > n) return err(`mask runs cover more than its bbox (${n} voxels)`);
    if (r % 2 === 1) data.fill(1, q, q + len);
    q += len;
  }
  if (q !== n) return err(`mask runs cover ${q} of its bbox's ${n} voxels`);
  return ok({ dimensions: [dimensions[0], dimensions[1], dimensions[2]], bbox: rle.bbox, data });
}
