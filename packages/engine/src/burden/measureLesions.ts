import type { Volume } from '@caliper/core';
import { voxelIndex, voxelToPatient, voxelVolumeMm3 } from '@caliper/core';
import type { Components } from '../mask/labelComponents';
import { computeSuvPeakAt } from '../suv/computeSuvPeakAt';
import type { BurdenLesion } from './types';

export interface MeasureLesionsOptions {
  /** Lesions with volumeMl < this are dropped (issue 14: default 0). */
  readonly minVolumeMl?: number;
}

/**
 * Per-lesion burden values from labelled components (each component's voxel list, no pass over
 * the grid): voxel count, volume (count × voxel volume, mL), SUVmax, SUVmean, SUVpeak (IBSI 0F91 via
 * the engine's computeSuvPeakAt, exactly as `measure`: every image voxel within 6.2035 mm of a
 * lesion voxel centre counts, excluded or not), TLG = SUVmean × volume, and the unweighted centroid
 * of the voxel centres (patient LPS mm). Ids 1..n in the components' order (largest first).
 */
export function measureLesions(volume: Volume, components: Components, options: MeasureLesionsOptions = {}): BurdenLesion[] {
  const g = volume.geometry;
  const [ni, nj] = g.dimensions;
  const nij = ni * nj;
  const voxMl = voxelVolumeMm3(g) / 1000;
  const minMl = options.minVolumeMl ?? 0;
  const v = volume.data;
  const out: BurdenLesion[] = [];
  for (const c of components.components) {
    const volumeMl = c.voxelCount * voxMl;
    if (volumeMl < minMl * (1 - 1e-12)) continue;
    const idx = components.voxels.subarray(c.start, c.start + c.voxelCount);
    let sum = 0, mx = -Infinity, si = 0, sj = 0, sk = 0;
    for (let q = 0; q < idx.length; q++) {
      const p = idx[q];
      const x = v[p];
      sum += x;
      if (x > mx) mx = x;
      const k = (p / nij) | 0, r = p - k * nij, j = (r / ni) | 0;
      si += r - j * ni;
      sj += j;
      sk += k;
    }
    const suvMean = sum / idx.length;
    const centroidMm = voxelToPatient(g, voxelIndex(si / idx.length, sj / idx.length, sk / idx.length));
    out.push({
      id: out.length + 1,
      voxelCount: c.voxelCount,
      volumeMl,
      suvMax: mx,
      suvPeak: computeSuvPeakAt(volume, idx).peak,
      suvMean,
      tlg: suvMean * volumeMl,
      centroidMm,
    });
  }
  return out;
}
