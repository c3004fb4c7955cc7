import type { ZoneFeatures } from '../glszm/computeZoneFamily';
import type { DiscretisedRoi } from '../processing/discretiseRoi';
import { averageFeatures } from '../texture/averageFeatures';
import { neighbourOffsets } from '../texture/textureDirections';
import { computeNgtdmFeatures } from './computeNgtdmFeatures';

/**
 * IBSI NGTDM family (IPET), distance 1: each intensity-mask voxel with at least one neighbour in
 * the mask (26 in 3D, the 8 in-plane in 2D) adds |i − mean of those neighbours| to s_i. "2D": one
 * matrix per slice, features averaged (2D) and of the merged matrix (2.5D); "3D": one matrix.
 */
export function computeNgtdmFamily(roi: DiscretisedRoi, approach: '2D' | '3D'): ZoneFeatures {
  const { dims, levels: L, ng } = roi;
  const off = neighbourOffsets(dims, approach === '2D');
  const plane = dims[0] * dims[1];
  const fill = (s: Float64Array, n: Float64Array, k0: number, k1: number): void => {
    for (let v = k0 * plane; v < (k1 + 1) * plane; v++) {
      const a = L[v];
      if (a === 0) continue;
      let sum = 0, cnt = 0;
      for (let o = 0; o < off.length; o++) {
        const b = L[v + off[o]];
        if (b !== 0) {
          sum += b;
          cnt++;
        }
      }
      if (cnt === 0) continue;
      s[a] += Math.abs(a - sum / cnt);
      n[a]++;
    }
  };
  const last = dims[2] - 2;
  if (approach === '3D') {
    const s = new Float64Array(ng + 1), n = new Float64Array(ng + 1);
    fill(s, n, 1, last);
    return { '3D': computeNgtdmFeatures(s, n) };
  }
  const S = new Float64Array(ng + 1), N = new Float64Array(ng + 1);
  const rows: number[][] = [];
  for (let k = 1; k <= last; k++) {
    const s = new Float64Array(ng + 1), n = new Float64Array(ng + 1);
    fill(s, n, k, k);
    rows.push(computeNgtdmFeatures(s, n));
    for (let i = 0; i <= ng; i++) {
      S[i] += s[i];
      N[i] += n[i];
    }
  }
  return { '2D': averageFeatures(rows, 5), '2.5D': computeNgtdmFeatures(S, N) };
}
