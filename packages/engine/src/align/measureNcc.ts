import type { AlignSamples } from './selectSamples';
import type { CoarseVolume } from './coarseVolume';

/**
 * Normalised cross-correlation (Pearson r, dimensionless, −1…1) between the fixed samples and
 * the moving volume trilinearly interpolated at the mapped sample positions:
 * index_moving = A·(x, y, z) + b with `map` = [A | b] row-major 3×4 (sample mm → continuous moving
 * voxel index). Samples mapped outside the moving grid are left out; when fewer than
 * `minOverlap` (fraction of the samples) remain the result is −1 (worst), so the optimiser cannot
 * gain by sliding the images apart. No allocation: called hundreds of times per alignment.
 */
export function measureNcc(samples: AlignSamples, moving: CoarseVolume, map: ArrayLike<number>, minOverlap = 0.5): number {
  const [ni, nj, nk] = moving.geometry.dimensions;
  const d = moving.data;
  const { x, y, z, value, count } = samples;
  const a0 = map[0], a1 = map[1], a2 = map[2], a3 = map[3];
  const b0 = map[4], b1 = map[5], b2 = map[6], b3 = map[7];
  const c0 = map[8], c1 = map[9], c2 = map[10], c3 = map[11];
  const mi = ni - 1, mj = nj - 1, mk = nk - 1, plane = ni * nj;
  let n = 0, sf = 0, sm = 0, sff = 0, smm = 0, sfm = 0;
  for (let s = 0; s < count; s++) {
    const px = x[s], py = y[s], pz = z[s];
    const u = a0 * px + a1 * py + a2 * pz + a3;
    const v = b0 * px + b1 * py + b2 * pz + b3;
    const w = c0 * px + c1 * py + c2 * pz + c3;
    if (!(u >= 0 && v >= 0 && w >= 0 && u <= mi && v <= mj && w <= mk)) continue;
    // Cell corner, clamped so the +1 neighbour exists (a sample exactly on the far face gets weight 1 there).
    let i = u | 0, j = v | 0, k = w | 0;
    if (i === mi) i--;
    if (j === mj) j--;
    if (k === mk) k--;
    const fu = u - i, fv = v - j, fw = w - k;
    const p = i + ni * j + plane * k;
    const c00 = d[p] + fu * (d[p + 1] - d[p]);
    const c10 = d[p + ni] + fu * (d[p + ni + 1] - d[p + ni]);
    const c01 = d[p + plane] + fu * (d[p + plane + 1] - d[p + plane]);
    const c11 = d[p + plane + ni] + fu * (d[p + plane + ni + 1] - d[p + plane + ni]);
    const c0v = c00 + fv * (c10 - c00), c1v = c01 + fv * (c11 - c01);
    const m = c0v + fw * (c1v - c0v);
    const f = value[s];
    n++;
    sf += f;
    sm += m;
    sff += f * f;
    smm += m * m;
    sfm += f * m;
  }
  if (n < 2 || n < minOverlap * count) return -1;
  const vf = sff - (sf * sf) / n, vm = smm - (sm * sm) / n;
  if (!(vf > 0 && vm > 0)) return -1;
  return (sfm - (sf * sm) / n) / Math.sqrt(vf * vm);
}
