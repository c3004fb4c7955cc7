import type { ZoneFeatures } from '../glszm/computeZoneFamily';
import type { DiscretisedRoi } from '../processing/discretiseRoi';
import { averageFeatures } from '../texture/averageFeatures';
import { addCount, mergeCounts } from '../texture/levelCounts';
import type { LevelCounts } from '../texture/levelCounts';
import { summarizeLevelCounts } from '../texture/summarizeLevelCounts';
import { neighbourOffsets } from '../texture/textureDirections';

/**
 * IBSI NGLDM family (REK0), distance 1, coarseness α = 0: each intensity-mask voxel of grey level i
 * counts at (i, 1 + number of neighbours in the mask with the same level) (26 neighbours in 3D, 8
 * in-plane in 2D). "2D": one matrix per slice, averaged (2D) and merged (2.5D); "3D": one matrix.
 * Features in catalogue order (summarizeLevelCounts, with the dependence count energy).
 */
export function computeNgldmFamily(roi: DiscretisedRoi, approach: '2D' | '3D'): ZoneFeatures {
  const { dims, levels: L } = roi;
  const off = neighbourOffsets(dims, approach === '2D');
  const plane = dims[0] * dims[1];
  const fill = (m: LevelCounts, k0: number, k1: number): number => {
    let nv = 0;
    for (let v = k0 * plane; v < (k1 + 1) * plane; v++) {
      const a = L[v];
      if (a === 0) continue;
      let same = 0;
      for (let o = 0; o < off.length; o++) if (L[v + off[o]] === a) same++;
      addCount(m, a, same + 1);
      nv++;
    }
    return nv;
  };
  const last = dims[2] - 2;
  if (approach === '3D') {
    const m: LevelCounts = new Map();
    const nv = fill(m, 1, last);
    return { '3D': summarizeLevelCounts(m, nv) };
  }
  const merged: LevelCounts = new Map();
  const rows: number[][] = [];
  let total = 0;
  for (let k = 1; k <= last; k++) {
    const m: LevelCounts = new Map();
    const nv = fill(m, k, k);
    if (nv === 0) continue;
    total += nv;
    rows.push(summarizeLevelCounts(m, nv));
    mergeCounts(merged, m);
  }
  return { '2D': averageFeatures(rows, 17), '2.5D': summarizeLevelCounts(merged, total) };
}
