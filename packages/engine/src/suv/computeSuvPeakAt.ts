import type { Volume } from '@caliper/core';
import { sphereOffsets } from './sphereOffsets';

/** Radius (mm) of a 1 cm³ sphere: (3/(4π))^(1/3) · 10 mm. */
export const PEAK_SPHERE_RADIUS_MM = 6.2035;

export interface PeakAt {
  /** Highest sphere mean (volume's unit); NaN without candidates. */
  readonly peak: number;
  /** Flat voxel index of the best sphere centre; -1 without candidates. */
  readonly center: number;
  readonly voxelsInSphere: number;
}

/**
 * Core of IBSI 0F91: the highest mean over voxels whose centres lie within radiusMm of a candidate
 * centre, for the candidate flat voxel indices given (scan order decides ties). Voxels outside the
 * image are left out of the mean; interior candidates use precomputed linear offsets.
 */
export function computeSuvPeakAt(volume: Volume, candidates: ArrayLike<number>, radiusMm = PEAK_SPHERE_RADIUS_MM): PeakAt {
  const [ni, nj, nk] = volume.geometry.dimensions;
  const nij = ni * nj;
  const off = sphereOffsets(volume.geometry.spacing, radiusMm);
  const no = off.length / 3;
  const lin = new Int32Array(no);
  let ri = 0, rj = 0, rk = 0;
  for (let o = 0; o < no; o++) {
    lin[o] = off[3 * o] + ni * off[3 * o + 1] + nij * off[3 * o + 2];
    ri = Math.max(ri, Math.abs(off[3 * o]));
    rj = Math.max(rj, Math.abs(off[3 * o + 1]));
    rk = Math.max(rk, Math.abs(off[3 * o + 2]));
  }
  const v = volume.data;
  let best = -Infinity, bestN = 0, bestC = -1;
  for (let q = 0; q < candidates.length; q++) {
    const c = candidates[q];
    const k = (c / nij) | 0, r = c - k * nij, j = (r / ni) | 0, i = r - j * ni;
    let sum = 0, n = no;
    if (i >= ri && j >= rj && k >= rk && i < ni - ri && j < nj - rj && k < nk - rk) {
      for (let o = 0; o < no; o++) sum += v[c + lin[o]];
    } else {
      n = 0;
      for (let o = 0; o < no; o++) {
        const x = i + off[3 * o], y = j + off[3 * o + 1], z = k + off[3 * o + 2];
        if (x < 0 || y < 0 || z < 0 || x >= ni || y >= nj || z >= nk) continue;
        sum += v[c + lin[o]];
        n++;
      }
    }
    const mean = sum / n;
    if (mean > best) {
      best = mean;
      bestN = n;
      bestC = c;
    }
  }
  return bestC < 0 ? { peak: NaN, center: -1, voxelsInSphere: 0 } : { peak: best, center: bestC, voxelsInSphere: bestN };
}
