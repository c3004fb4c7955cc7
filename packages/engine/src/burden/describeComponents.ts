import type { Volume } from '@caliper/core';
import { voxelIndex, voxelToPatient, voxelVolumeMm3 } from '@caliper/core';
import type { Components } from '../mask/labelComponents';

/** What the organ rules look at for one uptake component (patient LPS mm, SUVbw, mL). */
export interface ComponentFeatures {
  /** Index into components.components. */
  readonly index: number;
  readonly voxelCount: number;
  readonly volumeMl: number;
  readonly centroidMm: readonly [number, number, number];
  /** Head–foot extent of the component's voxel bbox. */
  readonly topZMm: number;
  readonly bottomZMm: number;
  readonly meanSuv: number;
  readonly maxSuv: number;
  /** meanSuv × volumeMl: the component's total uptake. */
  readonly totalUptake: number;
}

/** Volume, centroid, head–foot extent and uptake of each labelled component (one pass over its voxels). */
export function describeComponents(volume: Volume, components: Components): ComponentFeatures[] {
  const g = volume.geometry;
  const [ni, nj] = g.dimensions;
  const nij = ni * nj;
  const voxMl = voxelVolumeMm3(g) / 1000;
  const v = volume.data;
  return components.components.map((c, index) => {
    let sum = 0, mx = -Infinity, si = 0, sj = 0, sk = 0;
    for (let q = c.start; q < c.start + c.voxelCount; q++) {
      const p = components.voxels[q];
      sum += v[p];
      if (v[p] > mx) mx = v[p];
      const k = (p / nij) | 0, r = p - k * nij, j = (r / ni) | 0;
      si += r - j * ni;
      sj += j;
      sk += k;
    }
    const n = c.voxelCount;
    const ctr = voxelToPatient(g, voxelIndex(si / n, sj / n, sk / n));
    let top = -Infinity, bottom = Infinity;
    for (const i of [c.bbox[0][0], c.bbox[1][0]]) for (const j of [c.bbox[0][1], c.bbox[1][1]]) for (const k of [c.bbox[0][2], c.bbox[1][2]]) {
      const z = voxelToPatient(g, voxelIndex(i, j, k))[2];
      if (z > top) top = z;
      if (z < bottom) bottom = z;
    }
    const meanSuv = sum / n;
    return { index, voxelCount: n, volumeMl: n * voxMl, centroidMm: [ctr[0], ctr[1], ctr[2]], topZMm: top, bottomZMm: bottom, meanSuv, maxSuv: mx, totalUptake: meanSuv * n * voxMl };
  });
}
