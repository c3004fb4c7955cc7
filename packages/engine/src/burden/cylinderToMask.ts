import type { Geometry, Mask, PatientPoint } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import { createMask } from '../mask/createMask';
import { computeMaskBbox } from '../mask/computeMaskBbox';

export interface CylinderToMaskOptions {
  /** In-plane radius, mm (PERCIST blood pool: 5 mm, a 1 cm diameter). */
  readonly radiusMm: number;
  /** Half the length along the patient's head–foot (z) axis, mm (PERCIST: 10 mm, 2 cm long). */
  readonly halfLengthMm: number;
  readonly out?: Uint8Array;
}

/**
 * Voxels whose centre lies in an upright cylinder around `centerMm` (patient LPS mm): in-plane
 * (x, y) distance <= radius and |dz| <= half length, both inclusive; the axis is the patient's
 * head–foot axis, along the descending aorta (PERCIST 1.0 mediastinal blood pool). Works for any
 * grid orientation: voxel centres are compared in patient space.
 */
export function cylinderToMask(geometry: Geometry, centerMm: PatientPoint, options: CylinderToMaskOptions): Mask {
  const mask = createMask(geometry.dimensions, { out: options.out });
  const [ni, nj, nk] = geometry.dimensions;
  const r2 = options.radiusMm ** 2 * (1 + 1e-12), h = options.halfLengthMm * (1 + 1e-12);
  const o = voxelToPatient(geometry, voxelIndex(0, 0, 0));
  const di = voxelToPatient(geometry, voxelIndex(1, 0, 0)), dj = voxelToPatient(geometry, voxelIndex(0, 1, 0)), dk = voxelToPatient(geometry, voxelIndex(0, 0, 1));
  const a = [di[0] - o[0], di[1] - o[1], di[2] - o[2]], b = [dj[0] - o[0], dj[1] - o[1], dj[2] - o[2]], c = [dk[0] - o[0], dk[1] - o[1], dk[2] - o[2]];
  for (let k = 0; k < nk; k++)
    for (let j = 0; j < nj; j++) {
      const bx = o[0] + j * b[0] + k * c[0] - centerMm[0], by = o[1] + j * b[1] + k * c[1] - centerMm[1], bz = o[2] + j * b[2] + k * c[2] - centerMm[2];
      const row = (k * nj + j) * ni;
      for (let i = 0; i < ni; i++) {
        const x = bx + i * a[0], y = by + i * a[1], z = bz + i * a[2];
        if (x * x + y * y <= r2 && Math.abs(z) <= h) mask.data[row + i] = 1;
      }
    }
  return { ...mask, bbox: computeMaskBbox(geometry.dimensions, mask.data) };
}
