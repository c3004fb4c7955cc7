import type { DirectionalFeatures } from '../glcm/computeGlcmFamily';
import type { DiscretisedRoi } from '../processing/discretiseRoi';
import { averageFeatures } from '../texture/averageFeatures';
import { addCount, mergeCounts } from '../texture/levelCounts';
import type { LevelCounts } from '../texture/levelCounts';
import { summarizeLevelCounts } from '../texture/summarizeLevelCounts';
import { DIRECTIONS_2D, DIRECTIONS_3D, offsetOf } from '../texture/textureDirections';

/**
 * IBSI GLRLM family (TP0I): run-length matrices per direction (runs of equal grey level along the
 * direction, within the intensity mask), built in one pass over the ROI, aggregated like GLCM (2D:AVG, 2D:SMRG, 2.5D:DMRG,
 * 2.5D:MRG or 3D:AVG, 3D:MRG). Features in catalogue order (summarizeLevelCounts, without energy);
 * N_v for the run percentage is the voxel count times the number of merged matrices.
 */
export function computeGlrlmFamily(roi: DiscretisedRoi, approach: '2D' | '3D'): DirectionalFeatures {
  const { dims, levels: L } = roi;
  const dirs = approach === '3D' ? DIRECTIONS_3D : DIRECTIONS_2D;
  const off = dirs.map((d) => offsetOf(d, dims));
  const plane = dims[0] * dims[1];
  /** One pass over slices k0…k1: each voxel that starts a run along a direction walks it. */
  const runs = (k0: number, k1: number): LevelCounts[] => {
    const mats: LevelCounts[] = off.map(() => new Map());
    for (let v = k0 * plane; v < (k1 + 1) * plane; v++) {
      const a = L[v];
      if (a === 0) continue;
      for (let d = 0; d < off.length; d++) {
        const o = off[d];
        if (L[v - o] === a) continue;
        let len = 1;
        for (let w = v + o; L[w] === a; w += o) len++;
        addCount(mats[d], a, len);
      }
    }
    return mats;
  };
  const voxels = (k0: number, k1: number): number => {
    let n = 0;
    for (let v = k0 * plane; v < (k1 + 1) * plane; v++) if (L[v] !== 0) n++;
    return n;
  };
  const features = (m: LevelCounts, nv: number): number[] => summarizeLevelCounts(m, nv).slice(0, 16);
  const last = dims[2] - 2;
  if (approach === '3D') {
    const nv = voxels(1, last);
    const mats = runs(1, last);
    const merged = mats.reduce((acc, m) => mergeCounts(acc, m), new Map() as LevelCounts);
    return { '3D:AVG': averageFeatures(mats.map((m) => features(m, nv)), 16), '3D:MRG': features(merged, nv * dirs.length) };
  }
  const perDirection: LevelCounts[] = dirs.map(() => new Map());
  const avg: number[][] = [], smrg: number[][] = [];
  let total = 0;
  for (let k = 1; k <= last; k++) {
    const nv = voxels(k, k);
    if (nv === 0) continue;
    total += nv;
    const slice: LevelCounts = new Map();
    const mats = runs(k, k);
    for (let d = 0; d < dirs.length; d++) {
      const m = mats[d];
      avg.push(features(m, nv));
      mergeCounts(slice, m);
      mergeCounts(perDirection[d], m);
    }
    smrg.push(features(slice, nv * dirs.length));
  }
  const all = perDirection.reduce((acc, m) => mergeCounts(acc, m), new Map() as LevelCounts);
  return {
    '2D:AVG': averageFeatures(avg, 16),
    '2D:SMRG': averageFeatures(smrg, 16),
    '2.5D:DMRG': averageFeatures(perDirection.map((m) => features(m, total)), 16),
    '2.5D:MRG': features(all, total * dirs.length),
  };
}
