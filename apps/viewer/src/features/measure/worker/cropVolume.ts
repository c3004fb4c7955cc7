import type { Geometry, Volume, VoxelArray } from '@caliper/core';
import { patientPoint } from '@caliper/core';

export type IjkBox = readonly [readonly [number, number, number], readonly [number, number, number]];

export interface CroppedVolume {
  readonly volume: Volume;
  /** Voxel index of the crop's (0,0,0) in the source grid. */
  readonly offset: readonly [number, number, number];
}

/**
 * Copy the voxels of an inclusive IJK box (already clamped to the grid) into a small volume whose
 * geometry places them at the same patient positions. Measuring a ROI on its crop touches only the
 * ROI's neighbourhood, never the whole grid (no full-size allocation per pointer move).
 */
export function cropVolume(volume: Volume, box: IjkBox): CroppedVolume {
  const g = volume.geometry;
  const [lo, hi] = box;
  const li = hi[0] - lo[0] + 1, lj = hi[1] - lo[1] + 1, lk = hi[2] - lo[2] + 1;
  const Ctor = volume.data.constructor as new (n: number) => VoxelArray;
  const data = new Ctor(li * lj * lk);
  const [ni, nj] = g.dimensions;
  for (let k = 0; k < lk; k++) {
    for (let j = 0; j < lj; j++) {
      const src = ((k + lo[2]) * nj + j + lo[1]) * ni + lo[0];
      const dst = (k * lj + j) * li;
      data.set(volume.data.subarray(src, src + li) as never, dst);
    }
  }
  const o = g.origin, r = g.rowDirection, c = g.columnDirection, s = g.sliceDirection, sp = g.spacing;
  const a = lo[0] * sp[0], b = lo[1] * sp[1], d = lo[2] * sp[2];
  const geometry: Geometry = {
    ...g,
    dimensions: [li, lj, lk],
    origin: patientPoint(o[0] + a * r[0] + b * c[0] + d * s[0], o[1] + a * r[1] + b * c[1] + d * s[1], o[2] + a * r[2] + b * c[2] + d * s[2]),
  };
  return { volume: { ...volume, geometry, data }, offset: [lo[0], lo[1], lo[2]] };
}
