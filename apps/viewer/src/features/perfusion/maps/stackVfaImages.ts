import type { Geometry } from '@caliper/core';
import { pickSliceImages } from './pickSliceImages';

/** A VFA image as its headers describe it. */
export interface VfaImage {
  readonly imageId: string;
  readonly flipAngleDeg: number | undefined;
  readonly trMs: number | undefined;
  readonly position: readonly number[];
  readonly rows: number;
  readonly columns: number;
}

/** The VFA images in the map grid's order: one stack per flip angle (ascending), slice k = the map's slice k. */
export interface VfaStacks {
  readonly flipAnglesDeg: number[];
  readonly trMs: number;
  readonly imageIds: string[][];
}

/**
 * Stacks a variable-flip-angle series (one series holding every flip angle) on the dynamic grid, as
 * `caliper dce --vfa` requires: ≥ 2 flip angles, one TR, every slice of the grid at every flip
 * angle with the same rows × columns. Errors in the contract's words: 'VFA needs at least 2 flip
 * angles', 'RepetitionTime (0018,0080) missing', 'VFA grid differs' (with what differs).
 */
export function stackVfaImages(images: readonly VfaImage[], geometry: Geometry): VfaStacks {
  const byAngle = new Map<number, VfaImage[]>();
  for (const im of images) {
    if (!(im.flipAngleDeg !== undefined && im.flipAngleDeg > 0)) continue;
    const key = Math.round(im.flipAngleDeg * 1000) / 1000;
    byAngle.set(key, [...(byAngle.get(key) ?? []), im]);
  }
  if (byAngle.size < 2) throw new Error(`VFA needs at least 2 flip angles (found ${byAngle.size})`);
  const trs = new Set(images.map((im) => im.trMs));
  const tr = images[0]?.trMs;
  if (tr === undefined || !(tr > 0)) throw new Error('RepetitionTime (0018,0080) missing');
  if (trs.size > 1) throw new Error(`VFA images have different RepetitionTime (${[...trs].join(', ')} ms)`);
  const [ni, nj] = geometry.dimensions;
  const odd = images.find((im) => im.columns !== ni || im.rows !== nj);
  if (odd) throw new Error(`VFA grid differs: ${odd.columns}×${odd.rows} images, the dynamic series ${ni}×${nj}`);
  const flipAnglesDeg = [...byAngle.keys()].sort((a, b) => a - b);
  const imageIds = flipAnglesDeg.map((fa) => {
    try {
      return pickSliceImages(byAngle.get(fa)!.map((im, order) => ({ imageId: im.imageId, position: im.position, phase: order })), geometry);
    } catch (e) {
      throw new Error(`VFA grid differs: at ${fa}° ${e instanceof Error ? e.message.replace('of the dynamic series ', '') : String(e)}`, { cause: e });
    }
  });
  return { flipAnglesDeg, trMs: tr, imageIds };
}
