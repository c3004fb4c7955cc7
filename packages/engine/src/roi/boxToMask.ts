import type { Geometry, Mask, PatientPoint } from '@caliper/core';
import { patientPoint, patientToVoxel, voxelToPatient, voxelIndex } from '@caliper/core';
import { clampBbox, createMask } from '../mask/createMask';
import { computeMaskBbox } from '../mask/computeMaskBbox';

export interface BoxToMaskOptions {
  readonly out?: Uint8Array;
  /** `out` is known to be all zero: skip clearing it (see createMask). */
  readonly outIsZeroed?: boolean;
}

/**
 * Voxels whose centre lies in the patient-axis-aligned box minMm <= p <= maxMm (LPS mm, inclusive
 * per coordinate). Works for any grid orientation: the box's 8 corners bound the voxels visited.
 */
export function boxToMask(geometry: Geometry, minMm: PatientPoint, maxMm: PatientPoint, options: BoxToMaskOptions = {}): Mask {
  const mask = createMask(geometry.dimensions, { out: options.out, outIsZeroed: options.outIsZeroed });
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let c = 0; c < 8; c++) {
    const p = patientPoint(c & 1 ? maxMm[0] : minMm[0], c & 2 ? maxMm[1] : minMm[1], c & 4 ? maxMm[2] : minMm[2]);
    const v = patientToVoxel(geometry, p);
    for (let d = 0; d < 3; d++) {
      lo[d] = Math.min(lo[d], Math.floor(v[d] + 1e-6));
      hi[d] = Math.max(hi[d], Math.ceil(v[d] - 1e-6));
    }
  }
  const box = clampBbox(geometry.dimensions, lo, hi);
  if (!box) return mask;
  const [ni, nj] = geometry.dimensions;
  const eps = 1e-9;
  const o = voxelToPatient(geometry, voxelIndex(0, 0, 0));
  const [si, sj, sk] = geometry.spacing;
  const r = geometry.rowDirection, cdir = geometry.columnDirection, s = geometry.sliceDirection;
  for (let k = box[0][2]; k <= box[1][2]; k++) {
    for (let j = box[0][1]; j <= box[1][1]; j++) {
      const row = (k * nj + j) * ni;
      const bx = o[0] + j * sj * cdir[0] + k * sk * s[0];
      const by = o[1] + j * sj * cdir[1] + k * sk * s[1];
      const bz = o[2] + j * sj * cdir[2] + k * sk * s[2];
      for (let i = box[0][0]; i <= box[1][0]; i++) {
        const x = bx + i * si * r[0], y = by + i * si * r[1], z = bz + i * si * r[2];
        if (x >= minMm[0] - eps && x <= maxMm[0] + eps && y >= minMm[1] - eps && y <= maxMm[1] + eps && z >= minMm[2] - eps && z <= maxMm[2] + eps) {
          mask.data[row + i] = 1;
        }
      }
    }
  }
  return { ...mask, bbox: computeMaskBbox(geometry.dimensions, mask.data, { within: box }) };
}
