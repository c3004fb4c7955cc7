/**
 * Straightforward reference implementations of the heaviest radiomics steps, for the benchmark's
 * same-run ratio: one pass per direction with (i, j, k) bounds checks instead of one pass over a
 * padded block with linear offsets, and Moran's I / Geary's C by summing every pair instead of an
 * FFT convolution. Their results equal the engine's (checked by the benchmark).
 */
import type { DiscretisedRoi } from '../src/radiomics/processing/discretiseRoi';
import { computeGlcmFeatures } from '../src/radiomics/glcm/computeGlcmFeatures';
import { DIRECTIONS_3D } from '../src/radiomics/texture/textureDirections';

const inside = (roi: DiscretisedRoi, i: number, j: number, k: number): number => {
  const [a, b, c] = roi.dims;
  return i < 0 || j < 0 || k < 0 || i >= a || j >= b || k >= c ? 0 : roi.levels[i + a * (j + b * k)];
};

/** 3D GLCM features (averaged and merged) with one bounds-checked pass per direction. */
export function naiveGlcm3d(roi: DiscretisedRoi): { avg: number[]; merged: number[] } {
  const [a, b, c] = roi.dims, ng = roi.ng;
  const mats = DIRECTIONS_3D.map((d) => {
    const m = new Float64Array(ng * ng);
    for (let k = 0; k < c; k++)
      for (let j = 0; j < b; j++)
        for (let i = 0; i < a; i++) {
          const x = inside(roi, i, j, k), y = inside(roi, i + d[0], j + d[1], k + d[2]);
          if (x && y) {
            m[(x - 1) * ng + y - 1]++;
            m[(y - 1) * ng + x - 1]++;
          }
        }
    return m;
  });
  const rows = mats.map((m) => computeGlcmFeatures(m, ng));
  const merged = new Float64Array(ng * ng);
  for (const m of mats) for (let q = 0; q < m.length; q++) merged[q] += m[q];
  return { avg: rows[0].map((_, f) => rows.reduce((s, r) => s + r[f], 0) / rows.length), merged: computeGlcmFeatures(merged, ng) };
}

/** 3D GLRLM run counts (level, length) summed over the 13 directions, walking each run with bounds checks. */
export function naiveGlrlmCounts(roi: DiscretisedRoi): Map<string, number> {
  const [a, b, c] = roi.dims;
  const out = new Map<string, number>();
  for (const d of DIRECTIONS_3D)
    for (let k = 0; k < c; k++)
      for (let j = 0; j < b; j++)
        for (let i = 0; i < a; i++) {
          const x = inside(roi, i, j, k);
          if (!x || inside(roi, i - d[0], j - d[1], k - d[2]) === x) continue;
          let len = 1;
          while (inside(roi, i + len * d[0], j + len * d[1], k + len * d[2]) === x) len++;
          out.set(`${x},${len}`, (out.get(`${x},${len}`) ?? 0) + 1);
        }
  return out;
}

/** 3D NGTDM s_i and n_i with a bounds-checked 26-neighbourhood per voxel. */
export function naiveNgtdm(roi: DiscretisedRoi): { s: Float64Array; n: Float64Array } {
  const [a, b, c] = roi.dims;
  const s = new Float64Array(roi.ng + 1), n = new Float64Array(roi.ng + 1);
  for (let k = 0; k < c; k++)
    for (let j = 0; j < b; j++)
      for (let i = 0; i < a; i++) {
        const x = inside(roi, i, j, k);
        if (!x) continue;
        let sum = 0, cnt = 0;
        for (let dk = -1; dk <= 1; dk++)
          for (let dj = -1; dj <= 1; dj++)
            for (let di = -1; di <= 1; di++) {
              if (!di && !dj && !dk) continue;
              const y = inside(roi, i + di, j + dj, k + dk);
              if (y) {
                sum += y;
                cnt++;
              }
            }
        if (cnt) {
          s[x] += Math.abs(x - sum / cnt);
          n[x]++;
        }
      }
  return { s, n };
}

/** Moran's I and Geary's C by summing every pair of intensity-mask voxels (O(N²)). */
export function naiveSpatialAutocorrelation(values: ArrayLike<number>, positionsMm: ArrayLike<number>): { moranI: number; gearyC: number } {
  const N = values.length;
  let mean = 0;
  for (let p = 0; p < N; p++) mean += values[p] / N;
  let ss = 0, A = 0, B = 0, W = 0;
  for (let p = 0; p < N; p++) {
    const dp = values[p] - mean;
    ss += dp * dp;
    for (let q = 0; q < N; q++) {
      if (p === q) continue;
      const w = 1 / Math.hypot(positionsMm[3 * p] - positionsMm[3 * q], positionsMm[3 * p + 1] - positionsMm[3 * q + 1], positionsMm[3 * p + 2] - positionsMm[3 * q + 2]);
      const dq = values[q] - mean;
      A += w * dp * dq;
      B += w * (dp - dq) ** 2;
      W += w;
    }
  }
  return { moranI: (N * A) / (W * ss), gearyC: ((N - 1) * B) / (2 * W * ss) };
}
