import type { Volume } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';

/** The body's position (patient LPS mm: +x left, +y posterior, +z head) and its soft-tissue level. */
export interface SoftTissueFrame {
  /** Mean x and y of the body voxels (≥ 0.2 SUVbw): the midline and the front–back middle. */
  readonly midXMm: number;
  readonly midYMm: number;
  /** Extent of the body voxels' centres in x and y, mm. */
  readonly xRangeMm: readonly [number, number];
  readonly yRangeMm: readonly [number, number];
  /** Head-most and foot-most z of the body voxels. */
  readonly topZMm: number;
  readonly bottomZMm: number;
  /** The body reaches the image's head-most slice: the head may be outside the field of view. */
  readonly topAtImageEdge: boolean;
  /** Mean of the body's values in the commonest 0.15-wide bin (three 0.05 bins) of 0.5–3 SUVbw: soft tissue / muscle. */
  readonly backgroundSuv: number;
}

/**
 * Body frame and soft-tissue background of a (coarsened) PET: one pass over the grid. The
 * background is the commonest value between 0.5 and 3 SUVbw — above fat and lung, below the
 * organs — i.e. muscle and soft tissue, which fill most of a body (FDG ≈ 0.6–1, PSMA ≈ 0.5–1).
 * Null when nothing is ≥ 0.2 SUVbw or nothing lies in 0.5–3.
 */
export function measureSoftTissueFrame(volume: Volume): SoftTissueFrame | null {
  const g = volume.geometry;
  const [ni, nj, nk] = g.dimensions;
  const o = voxelToPatient(g, voxelIndex(0, 0, 0));
  const step = (i: number, j: number, k: number) => {
    const p = voxelToPatient(g, voxelIndex(i, j, k));
    return [p[0] - o[0], p[1] - o[1], p[2] - o[2]];
  };
  const a = step(1, 0, 0), b = step(0, 1, 0), c = step(0, 0, 1);
  const bins = new Float64Array(50), sums = new Float64Array(50);
  let n = 0, sx = 0, sy = 0, top = -Infinity, bottom = Infinity, topSlice = false;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  const headK = c[2] >= 0 ? nk - 1 : 0;
  const v = volume.data;
  for (let k = 0, p = 0; k < nk; k++)
    for (let j = 0; j < nj; j++)
      for (let i = 0; i < ni; i++, p++) {
        const x = v[p];
        if (!(x >= 0.2)) continue;
        n++;
        const px = o[0] + i * a[0] + j * b[0] + k * c[0], py = o[1] + i * a[1] + j * b[1] + k * c[1];
        sx += px;
        sy += py;
        if (px < x0) x0 = px;
        if (px > x1) x1 = px;
        if (py < y0) y0 = py;
        if (py > y1) y1 = py;
        const z = o[2] + i * a[2] + j * b[2] + k * c[2];
        if (z > top) top = z;
        if (z < bottom) bottom = z;
        if (k === headK) topSlice = true;
        if (x >= 0.5 && x < 3) {
          const q = Math.min(49, Math.floor((x - 0.5) / 0.05));
          bins[q]++;
          sums[q] += x;
        }
      }
  if (n === 0) return null;
  let best = -1, bestCount = 0;
  for (let q = 0; q < bins.length; q++) {
    const s = binWindow(bins, q);
    if (s > bestCount) {
      bestCount = s;
      best = q;
    }
  }
  if (best < 0) return null;
  return { midXMm: sx / n, midYMm: sy / n, xRangeMm: [x0, x1], yRangeMm: [y0, y1], topZMm: top, bottomZMm: bottom, topAtImageEdge: topSlice && Math.abs(c[2]) > 0.5, backgroundSuv: binWindow(sums, best) / binWindow(bins, best) };
}

const binWindow = (a: Float64Array, q: number) => a[q] + (q > 0 ? a[q - 1] : 0) + (q < a.length - 1 ? a[q + 1] : 0);
