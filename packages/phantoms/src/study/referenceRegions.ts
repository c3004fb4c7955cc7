import type { Vec3 } from '@caliper/core';
import { createEllipsoid } from '../model/createEllipsoid';
import { TISSUES } from '../model/tissue';
import { rasterizeShape } from '../render/rasterizeShape';
import type { PetResult } from './writePetSeries';

export interface ReferenceRegion {
  readonly name: string;
  readonly centre_mm: Vec3;
  readonly radius_mm: number;
  readonly trueSUVbw: number;
  readonly voxelCount: number;
  /** Mean SUVbw of the written PET voxels whose centres lie in the sphere. */
  readonly SUVmean_SUVbw: number;
  readonly SUVsd_SUVbw: number;
}

/** PERCIST-style normal-tissue references: a 3 cm liver sphere (right lobe, away from lesions) and a 1.6 cm sphere in the descending aorta. */
const REGIONS: { name: string; centre: Vec3; radius: number; suv: number }[] = [
  { name: 'liver (right lobe, 3 cm sphere)', centre: [-95, -30, -140], radius: 15, suv: TISSUES.liver.suv },
  { name: 'blood pool (aorta, 1.6 cm sphere)', centre: [15, 40, -100], radius: 8, suv: TISSUES.bloodPool.suv },
];

export function referenceRegions(pet: PetResult): ReferenceRegion[] {
  return REGIONS.map((r) => {
    const idx = rasterizeShape(pet.geometry, createEllipsoid({ centre: r.centre, semiAxes: [r.radius, r.radius, r.radius] }));
    let s = 0;
    let s2 = 0;
    for (const i of idx) {
      s += pet.suv[i];
      s2 += pet.suv[i] ** 2;
    }
    const mean = s / idx.length;
    return {
      name: r.name,
      centre_mm: r.centre,
      radius_mm: r.radius,
      trueSUVbw: r.suv,
      voxelCount: idx.length,
      SUVmean_SUVbw: mean,
      SUVsd_SUVbw: Math.sqrt(Math.max(0, s2 / idx.length - mean * mean)),
    };
  });
}
