import type { Mask, Volume } from '@caliper/core';
import type { DiscretisationSettings } from '../settings/radiomicsSettings';

/** The ROI's grey levels on a block padded by one empty voxel (so neighbour lookups need no bounds checks). */
export interface DiscretisedRoi {
  /** [ni, nj, nk] of the padded block: the morphological mask's bbox + 1 voxel each side. */
  readonly dims: readonly [number, number, number];
  /** Grey level 1…ng inside the intensity mask, 0 elsewhere (i-fastest). */
  readonly levels: Int32Array;
  /** Morphological mask on the same block (0/1), for GLDZM border distances. */
  readonly morphological: Uint8Array;
  /** Number of grey levels N_g: FBN bins, or the highest FBS level present. */
  readonly ng: number;
  /** Voxels in the intensity mask. */
  readonly count: number;
}

/**
 * IBSI discretisation (4R0B) of the intensity-mask voxels. FBN (K15C): ⌊N_g (x − min)/(max − min)⌋ + 1
 * with min/max of the intensity mask, the maximum → N_g (all 1 when min = max). FBS (Q3RU):
 * ⌊(x − lowerBound)/w⌋ + 1 (at least 1), lowerBound null = the intensity mask's minimum.
 */
export function discretiseRoi(volume: Volume, morphological: Mask, intensity: Mask, settings: DiscretisationSettings): DiscretisedRoi {
  const b = morphological.bbox;
  if (!b || !intensity.bbox) return { dims: [1, 1, 1], levels: new Int32Array(1), morphological: new Uint8Array(1), ng: 0, count: 0 };
  const [ni, nj] = volume.geometry.dimensions;
  const v = volume.data, im = intensity.data, mm = morphological.data;
  let mn = Infinity, mx = -Infinity;
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++)
      for (let n = (k * nj + j) * ni + b[0][0], e = (k * nj + j) * ni + b[1][0]; n <= e; n++)
        if (im[n]) {
          if (v[n] < mn) mn = v[n];
          if (v[n] > mx) mx = v[n];
        }
  const dims: [number, number, number] = [b[1][0] - b[0][0] + 3, b[1][1] - b[0][1] + 3, b[1][2] - b[0][2] + 3];
  const levels = new Int32Array(dims[0] * dims[1] * dims[2]);
  const morph = new Uint8Array(levels.length);
  let level: (x: number) => number;
  if (settings.method === 'FBN') {
    const nb = settings.bins, range = mx - mn;
    level = range > 0 ? (x) => (x >= mx ? nb : Math.floor((nb * (x - mn)) / range) + 1) : () => 1;
  } else {
    const lb = settings.lowerBound ?? mn, w = settings.binWidth;
    // Values below lowerBound (a bound above the ROI minimum) share level 1.
    level = (x) => Math.max(1, Math.floor((x - lb) / w) + 1);
  }
  let count = 0, top = 0;
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++) {
      let q = 1 + dims[0] * (j - b[0][1] + 1 + dims[1] * (k - b[0][2] + 1));
      for (let n = (k * nj + j) * ni + b[0][0], e = (k * nj + j) * ni + b[1][0]; n <= e; n++, q++) {
        morph[q] = mm[n] ? 1 : 0;
        if (!im[n]) continue;
        const l = level(v[n]);
        levels[q] = l;
        if (l > top) top = l;
        count++;
      }
    }
  return { dims, levels, morphological: morph, ng: settings.method === 'FBN' ? settings.bins : top, count };
}
