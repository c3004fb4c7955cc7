import type { Geometry, Mask, PatientPoint } from '@caliper/core';
import { patientToVoxel } from '@caliper/core';
import { clampBbox, createMask } from '../mask/createMask';
import { computeMaskBbox } from '../mask/computeMaskBbox';

export interface SphereToMaskOptions {
  /** Reuse this buffer for the mask data (zeroed first). */
  readonly out?: Uint8Array;
  /** `out` is known to be all zero: skip clearing it (see createMask). */
  readonly outIsZeroed?: boolean;
}

/**
 * Voxels of `geometry` whose centre lies inside the sphere (|centre - p| <= radius, inclusive).
 * centre in patient LPS mm, radius in mm. Only the sphere's bounding box is visited.
 */
export function sphereToMask(geometry: Geometry, centerMm: PatientPoint, radiusMm: number, options: SphereToMaskOptions = {}): Mask {
  const mask = createMask(geometry.dimensions, { out: options.out, outIsZeroed: options.outIsZeroed });
  const c = patientToVoxel(geometry, centerMm);
  const [si, sj, sk] = geometry.spacing;
  const r = radiusMm;
  const box = clampBbox(
    geometry.dimensions,
    [Math.ceil(c[0] - r / si - 1e-9), Math.ceil(c[1] - r / sj - 1e-9), Math.ceil(c[2] - r / sk - 1e-9)],
    [Math.floor(c[0] + r / si + 1e-9), Math.floor(c[1] + r / sj + 1e-9), Math.floor(c[2] + r / sk + 1e-9)],
  );
  if (!box || !(r >= 0)) return mask;
  const [ni, nj] = geometry.dimensions;
  // Direction cosines are orthonormal, so distances can be taken in grid-aligned mm.
  const r2 = r * r * (1 + 1e-12);
  for (let k = box[0][2]; k <= box[1][2]; k++) {
    const dz = (k - c[2]) * sk;
    for (let j = box[0][1]; j <= box[1][1]; j++) {
      const dy = (j - c[1]) * sj;
      const dyz = dy * dy + dz * dz;
      const row = (k * nj + j) * ni;
      for (let i = box[0][0]; i <= box[1][0]; i++) {
        const dx = (i - c[0]) * si;
        if (dx * dx + dyz <= r2) mask.data[row + i] = 1;
      }
    }
  }
  return { ...mask, bbox: computeMaskBbox(geometry.dimensions, mask.data, { within: box }) };
}
