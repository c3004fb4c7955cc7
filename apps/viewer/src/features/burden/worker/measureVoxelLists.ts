import type { Volume } from '@caliper/core';
import { measureLesions } from '@caliper/engine';
import type { BurdenLesion } from '@caliper/engine';

/** Each voxel list measured as one lesion (engine measureLesions, as every lesion of a run), under the given ids. */
export function measureVoxelLists(volume: Volume, lists: readonly Int32Array[], ids: readonly number[]): BurdenLesion[] {
  return lists.map((voxels, i) => {
    const [l] = measureLesions(volume, { voxels, components: [{ label: 1, voxelCount: voxels.length, start: 0, bbox: [[0, 0, 0], [0, 0, 0]] }] });
    return { ...l, id: ids[i] };
  });
}
