import type { DiscretisedRoi } from '../processing/discretiseRoi';
import { averageFeatures } from '../texture/averageFeatures';
import { DIRECTIONS_2D, DIRECTIONS_3D, offsetOf } from '../texture/textureDirections';
import { computeGlcmFeatures } from './computeGlcmFeatures';

/** Feature rows (catalogue order) per aggregation key: 2D:AVG, 2D:SMRG, 2.5D:DMRG, 2.5D:MRG or 3D:AVG, 3D:MRG. */
export type DirectionalFeatures = Record<string, number[]>;

/**
 * IBSI GLCM family: symmetric co-occurrence matrices at Chebyshev distance 1, built in one pass
 * over the ROI per slice (2D) or volume (3D). "2D": per slice, the 4 in-plane directions; features
 * averaged over every slice × direction matrix (BTW3, 2D:AVG), over slices after merging the
 * directions (SUJT, 2D:SMRG), over directions after merging the slices (JJUI, 2.5D:DMRG), or of
 * all matrices merged (ZW7Z, 2.5D:MRG). "3D": the 13 directions, averaged (ITBB, 3D:AVG) or
 * merged (IAZD, 3D:MRG). Empty matrices (a slice with no neighbouring pair) are left out of means.
 */
export function computeGlcmFamily(roi: DiscretisedRoi, approach: '2D' | '3D'): DirectionalFeatures {
  const { dims, levels: L, ng } = roi;
  const n2 = ng * ng;
  const dirs = approach === '3D' ? DIRECTIONS_3D : DIRECTIONS_2D;
  const off = dirs.map((d) => offsetOf(d, dims));
  const plane = dims[0] * dims[1];
  const count = (mats: Float64Array[], k0: number, k1: number): void => {
    for (let k = k0; k <= k1; k++)
      for (let v = k * plane; v < (k + 1) * plane; v++) {
        const a = L[v];
        if (a === 0) continue;
        for (let d = 0; d < off.length; d++) {
          const b = L[v + off[d]];
          if (b === 0) continue;
          mats[d][(a - 1) * ng + b - 1]++;
          mats[d][(b - 1) * ng + a - 1]++;
        }
      }
  };
  const sumOf = (mats: Float64Array[]): Float64Array => {
    const s = new Float64Array(n2);
    for (const m of mats) for (let q = 0; q < n2; q++) s[q] += m[q];
    return s;
  };
  if (approach === '3D') {
    const mats = dirs.map(() => new Float64Array(n2));
    count(mats, 1, dims[2] - 2);
    return { '3D:AVG': averageFeatures(mats.map((m) => computeGlcmFeatures(m, ng)), 25), '3D:MRG': computeGlcmFeatures(sumOf(mats), ng) };
  }
  const perDirection = dirs.map(() => new Float64Array(n2));
  const avg: number[][] = [], smrg: number[][] = [];
  const mats = dirs.map(() => new Float64Array(n2));
  for (let k = 1; k <= dims[2] - 2; k++) {
    for (const m of mats) m.fill(0);
    count(mats, k, k);
    for (let d = 0; d < mats.length; d++) {
      avg.push(computeGlcmFeatures(mats[d], ng));
      for (let q = 0; q < n2; q++) perDirection[d][q] += mats[d][q];
    }
    smrg.push(computeGlcmFeatures(sumOf(mats), ng));
  }
  return {
    '2D:AVG': averageFeatures(avg, 25),
    '2D:SMRG': averageFeatures(smrg, 25),
    '2.5D:DMRG': averageFeatures(perDirection.map((m) => computeGlcmFeatures(m, ng)), 25),
    '2.5D:MRG': computeGlcmFeatures(sumOf(perDirection), ng),
  };
}
