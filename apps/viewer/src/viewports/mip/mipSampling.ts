import type { Vec3 } from '../navigation/spaces';

/**
 * Ray sampling of a MIP that covers the whole volume: a sample every half of the smallest voxel
 * spacing (no voxel skipped between samples along any axis), and enough samples per ray for the
 * volume's diagonal, the longest ray. vtk.js stops a ray after its maximum sample count: Cornerstone
 * sets 4000 with a sample distance of (sx + sy + sz) / 6, which a whole-body PET exceeds, cutting rays.
 */
export function mipSampling(dimensions: Vec3, spacing: Vec3): { sampleDistance: number; maxSamples: number } {
  const sampleDistance = Math.min(...spacing) / 2;
  const diagonal = Math.hypot(dimensions[0] * spacing[0], dimensions[1] * spacing[1], dimensions[2] * spacing[2]);
  return { sampleDistance, maxSamples: Math.ceil(diagonal / sampleDistance) + 2 };
}
