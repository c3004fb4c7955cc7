import type { Geometry } from '@caliper/core';
import { voxelCount } from '@caliper/core';
import type { Structure } from '../model/buildPatientModel';
import { forEachVoxelInShape } from './rasterizeShape';

/**
 * Label map on the grid: 0 = air, s + 1 = structures[s]. Structures are painted in order, later
 * ones over earlier ones, each by the voxel-centre-inside rule.
 */
export function rasterizeLabels(g: Geometry, structures: readonly Structure[], out?: Uint8Array): Uint8Array {
  if (structures.length > 254) throw new Error('at most 254 structures');
  const labels = out ?? new Uint8Array(voxelCount(g));
  labels.fill(0);
  structures.forEach((s, idx) => {
    const value = idx + 1;
    forEachVoxelInShape(g, s.shape, (v) => {
      labels[v] = value;
    });
  });
  return labels;
}
