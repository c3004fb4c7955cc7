import { CT, ctHU } from '../fixtures/study';

/** CT voxel (i, j, k) centre in patient LPS mm (fixture origin -63,-63,-30; identity orientation). */
export const ctVoxelLps = (i: number, j: number, k: number): [number, number, number] => [
  -63 + i * CT.pixelMm,
  -63 + j * CT.pixelMm,
  -30 + k * CT.sliceMm,
];

/** Known voxels of the fixture CT on its middle slice (k = 12): air, soft tissue, bone, lesion. */
export const CT_PROBES = [
  { name: 'air', ijk: [2, 2, 12] },
  { name: 'soft tissue', ijk: [32, 20, 12] },
  { name: 'bone', ijk: [11, 31, 12] },
  { name: 'lesion', ijk: [44, 32, 12] },
].map((p) => ({ ...p, lps: ctVoxelLps(p.ijk[0], p.ijk[1], p.ijk[2]), hu: ctHU(p.ijk[0], p.ijk[1], p.ijk[2]) }));

