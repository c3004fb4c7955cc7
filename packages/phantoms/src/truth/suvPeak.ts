import type { Geometry } from '@caliper/core';

/** Radius (mm) of a 1 cm³ sphere: (3 / 4π)^(1/3) cm. */
export const PEAK_SPHERE_RADIUS_MM = 10 * Math.cbrt(3 / (4 * Math.PI));

export interface SuvPeak {
  readonly value: number;
  /** Flat index of the ROI voxel at the sphere centre. */
  readonly centreIndex: number;
}

/**
 * IBSI global intensity peak (IBSI 0F91): the highest mean intensity over the voxels whose centres
 * lie within 6.2035 mm of a ROI voxel centre; the sphere is centred at every ROI voxel in turn and
 * includes voxels outside the ROI (voxels outside the image are skipped).
 */
export function suvPeak(g: Geometry, suv: ArrayLike<number>, roi: Int32Array): SuvPeak {
  const [ni, nj, nk] = g.dimensions;
  const [sx, sy, sz] = g.spacing;
  const r = PEAK_SPHERE_RADIUS_MM;
  const offsets: [number, number, number][] = [];
  const [ri, rj, rk] = [Math.floor(r / sx), Math.floor(r / sy), Math.floor(r / sz)];
  for (let c = -rk; c <= rk; c++)
    for (let b = -rj; b <= rj; b++)
      for (let a = -ri; a <= ri; a++) if ((a * sx) ** 2 + (b * sy) ** 2 + (c * sz) ** 2 <= r * r) offsets.push([a, b, c]);
  let best: SuvPeak = { value: -Infinity, centreIndex: -1 };
  for (const idx of roi) {
    const i = idx % ni;
    const j = Math.floor(idx / ni) % nj;
    const k = Math.floor(idx / (ni * nj));
    let sum = 0;
    let n = 0;
    for (const [a, b, c] of offsets) {
      const [ii, jj, kk] = [i + a, j + b, k + c];
      if (ii < 0 || jj < 0 || kk < 0 || ii >= ni || jj >= nj || kk >= nk) continue;
      sum += suv[ii + jj * ni + kk * ni * nj];
      n++;
    }
    if (n > 0 && sum / n > best.value) best = { value: sum / n, centreIndex: idx };
  }
  return best;
}
