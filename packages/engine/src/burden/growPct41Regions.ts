import type { Mask, Volume } from '@caliper/core';
import type { Components } from '../mask/labelComponents';
import { floodFill26 } from './floodFill26';

export interface GrowPct41RegionsOptions {
  /** Fraction of each candidate's SUVmax. Default 0.41. */
  readonly fraction?: number;
  readonly exclude?: Mask | null;
  /** Reuse for the union of the regions (length = grid size); cleared first. */
  readonly out?: Uint8Array;
}

export interface Pct41Regions {
  /** Union of every candidate's region; overlapping regions are one 26-connected set. */
  readonly mask: Mask;
  /** Candidates that grew a region of their own (the others lay inside an earlier one). */
  readonly grown: number;
}

/**
 * The `pct41` step of issue 14: for each candidate component (of SUV >= 2.5, not excluded), the
 * 26-connected component of {SUV >= fraction × candidate SUVmax, not excluded} holding the
 * candidate's SUVmax voxel (the first in scan order on ties). Regions that overlap merge: labelling
 * the returned union gives the lesions.
 *
 * Candidates are taken in increasing SUVmax. A region at level t contains every region at a level
 * >= t whose seed it holds, so a candidate whose max voxel is already in the union is skipped, and
 * a new flood can never enter an earlier region (it would then hold its own seed): every voxel is
 * flooded at most once, whatever the number of candidates.
 */
export function growPct41Regions(volume: Volume, candidates: Components, options: GrowPct41RegionsOptions = {}): Pct41Regions {
  const dims = volume.geometry.dimensions;
  const n = dims[0] * dims[1] * dims[2];
  const out = options.out ?? new Uint8Array(n);
  if (out.length !== n) throw new Error(`growPct41Regions: out has ${out.length} voxels, grid has ${n}`);
  if (options.out) out.fill(0);
  const v = volume.data;
  const fraction = options.fraction ?? 0.41;
  const ex = options.exclude?.bbox ? options.exclude.data : undefined;
  const seeds = candidates.components.map((c) => {
    let best = -1, mx = -Infinity;
    for (let q = c.start; q < c.start + c.voxelCount; q++) {
      const p = candidates.voxels[q];
      if (v[p] > mx || (v[p] === mx && p < best)) {
        mx = v[p];
        best = p;
      }
    }
    return { seed: best, max: mx };
  });
  seeds.sort((a, b) => a.max - b.max || a.seed - b.seed);
  let queue: Int32Array | undefined;
  let grown = 0;
  let i0 = Infinity, i1 = -1, j0 = Infinity, j1 = -1, k0 = Infinity, k1 = -1;
  const [ni, nj] = dims;
  const visit = (p: number): void => {
    out[p] = 1;
    const k = (p / (ni * nj)) | 0, r = p - k * ni * nj, j = (r / ni) | 0, i = r - j * ni;
    if (i < i0) i0 = i;
    if (i > i1) i1 = i;
    if (j < j0) j0 = j;
    if (j > j1) j1 = j;
    if (k < k0) k0 = k;
    if (k > k1) k1 = k;
  };
  for (const s of seeds) {
    if (out[s.seed] !== 0) continue;
    const level = fraction * s.max;
    const accept = ex === undefined ? (p: number): boolean => out[p] === 0 && v[p] >= level : (p: number): boolean => out[p] === 0 && ex[p] === 0 && v[p] >= level;
    queue = floodFill26(dims, s.seed, accept, { visit, queue }).queue;
    grown++;
  }
  return { mask: { dimensions: [dims[0], dims[1], dims[2]], data: out, bbox: i1 < 0 ? null : [[i0, j0, k0], [i1, j1, k1]] }, grown };
}
