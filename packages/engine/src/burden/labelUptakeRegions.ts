import type { Volume } from '@caliper/core';
import { voxelVolumeMm3 } from '@caliper/core';
import { computeMaskBbox } from '../mask/computeMaskBbox';
import { gridAffine } from './gridAffine';
import { labelComponents26 } from './labelComponents26';
import type { VoxelBox } from './findDeepestPoints';

/** One 26-connected region of a (coarse) grid, patient LPS mm, mL, the volume's unit. */
export interface UptakeRegion {
  /** Flat voxel indices in the volume. */
  readonly voxels: Int32Array;
  readonly volumeMl: number;
  readonly centroidMm: readonly [number, number, number];
  readonly box: VoxelBox;
  /** Median voxel value (robust to a lesion or vessel inside the region). */
  readonly median: number;
}

/**
 * 26-connected regions of the voxels accepted by `accept(value, xMm, yMm, zMm)` with at least
 * minMl, largest first, looking only inside `box` when given (the work and the scratch mask are
 * the box's). Meant for a coarsened PET (a few hundred thousand cells), where it is cheap.
 */
export function labelUptakeRegions(volume: Volume, accept: (v: number, x: number, y: number, z: number) => boolean, minMl: number, box?: VoxelBox): UptakeRegion[] {
  const g = volume.geometry;
  const [ni, nj] = g.dimensions;
  const { o, a, b, c } = gridAffine(g);
  const lo = [0, 1, 2].map((d) => Math.max(0, box ? box[0][d] : 0));
  const hi = [0, 1, 2].map((d) => Math.min(g.dimensions[d] - 1, box ? box[1][d] : g.dimensions[d] - 1));
  const dims = [0, 1, 2].map((d) => Math.max(0, hi[d] - lo[d] + 1)) as [number, number, number];
  const [bx, by] = dims;
  const data = new Uint8Array(dims[0] * dims[1] * dims[2]);
  const v = volume.data;
  for (let k = lo[2], q = 0; k <= hi[2]; k++)
    for (let j = lo[1]; j <= hi[1]; j++)
      for (let i = lo[0], p = (k * nj + j) * ni + i; i <= hi[0]; i++, p++, q++) {
        const x = o[0] + i * a[0] + j * b[0] + k * c[0], y = o[1] + i * a[1] + j * b[1] + k * c[1], z = o[2] + i * a[2] + j * b[2] + k * c[2];
        if (accept(v[p], x, y, z)) data[q] = 1;
      }
  const voxMl = voxelVolumeMm3(g) / 1000;
  const comps = labelComponents26({ dimensions: dims, data, bbox: computeMaskBbox(dims, data) }, { minVoxels: Math.max(1, Math.ceil(minMl / voxMl - 1e-9)) });
  return comps.components.map((comp) => {
    const local = comps.voxels.subarray(comp.start, comp.start + comp.voxelCount);
    const voxels = new Int32Array(local.length);
    const vals = new Float64Array(local.length);
    let si = 0, sj = 0, sk = 0;
    for (let q = 0; q < local.length; q++) {
      const t = local[q];
      const kk = Math.floor(t / (bx * by)), jj = Math.floor((t - kk * bx * by) / bx);
      const i = t - kk * bx * by - jj * bx + lo[0], j = jj + lo[1], k = kk + lo[2];
      si += i;
      sj += j;
      sk += k;
      voxels[q] = (k * nj + j) * ni + i;
      vals[q] = v[voxels[q]];
    }
    vals.sort();
    const n = local.length, mi = si / n, mj = sj / n, mk = sk / n;
    const centroidMm = [0, 1, 2].map((d) => o[d] + mi * a[d] + mj * b[d] + mk * c[d]) as [number, number, number];
    const shift = (p: readonly [number, number, number]) => [p[0] + lo[0], p[1] + lo[1], p[2] + lo[2]] as const;
    return { voxels, volumeMl: n * voxMl, centroidMm, box: [shift(comp.bbox[0]), shift(comp.bbox[1])], median: n % 2 ? vals[n >> 1] : (vals[n / 2 - 1] + vals[n / 2]) / 2 };
  });
}
