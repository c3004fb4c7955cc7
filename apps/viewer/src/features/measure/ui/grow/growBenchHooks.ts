// Loaded only by the click-to-grow benchmark (e2e/bench/grow.bench.ts) through
// `caliper.growBench()`: Cornerstone3D's own region growing on the very volume the viewer shows,
// as a same-run baseline. Not used by the viewer itself.
import { cache, type Types } from '@cornerstonejs/core';
import { utilities as toolUtils } from '@cornerstonejs/tools';
import { asPatient, patientToVoxel } from '@caliper/core';
import { volumeIdOf } from '../../../../viewports/volumes';
import { geometryOf } from '../../service/engineVolumes';

/**
 * `utilities.segmentation.floodFill` (6-connected, as the engine) from the voxel of `seedMm`, with
 * the same inclusive bounds, on the loaded Cornerstone volume (main thread): median time of `runs`
 * and the voxel count (to check both grew the same region).
 */
export function cornerstoneFloodFill(seriesUID: string, seedMm: readonly [number, number, number], lower: number, upper: number, runs = 5): { medianMs: number; runsMs: number[]; voxels: number } {
  const vol = cache.getVolume(volumeIdOf(seriesUID)) as Types.IImageVolume | undefined;
  if (!vol) throw new Error(`volume of ${seriesUID} not loaded`);
  const g = geometryOf(vol);
  const [ni, nj, nk] = g.dimensions;
  const data = vol.voxelManager!.getCompleteScalarDataArray!() as ArrayLike<number>;
  const s = patientToVoxel(g, asPatient(seedMm)).map(Math.round) as [number, number, number];
  const getter = (i: number, j: number, k: number) => (i < 0 || j < 0 || k < 0 || i >= ni || j >= nj || k >= nk ? undefined : data[(k * nj + j) * ni + i]);
  const runsMs: number[] = [];
  let voxels = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    voxels = toolUtils.segmentation.floodFill(getter as never, s as Types.Point3, { equals: (a: number) => a >= lower && a <= upper } as never).flooded.length;
    runsMs.push(performance.now() - t0);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { medianMs: sorted[sorted.length >> 1], runsMs, voxels };
}
