import type { Geometry } from '@caliper/core';
import { patientPoint } from '@caliper/core';

/** 4 × 3 × 2 grid, 2 mm voxels, axial, origin (0, 0, 0) LPS. */
export const grid: Geometry = {
  dimensions: [4, 3, 2],
  origin: patientPoint(0, 0, 0),
  rowDirection: [1, 0, 0],
  columnDirection: [0, 1, 0],
  sliceDirection: [0, 0, 1],
  spacing: [2, 2, 2],
};

/** Set voxels as "i,j,k" strings. */
export function voxels(dims: readonly number[], data: Uint8Array): string[] {
  const out: string[] = [];
  for (let k = 0; k < dims[2]; k++) for (let j = 0; j < dims[1]; j++) for (let i = 0; i < dims[0]; i++) if (data[i + dims[0] * (j + dims[1] * k)]) out.push(`${i},${j},${k}`);
  return out;
}
