import { patientPoint } from '@caliper/core';
import type { Geometry } from '@caliper/core';

export interface AxialGridOptions {
  readonly columns: number;
  readonly rows: number;
  readonly slices: number;
  /** Square field of view across columns and rows (mm); pixel spacing = fov / columns. */
  readonly fieldOfViewMm: number;
  /** Cranio-caudal extent (mm): slice k centre at zStartMm + k · (zEndMm − zStartMm) / (slices − 1). */
  readonly zStartMm: number;
  readonly zEndMm: number;
}

/** An axial (identity-orientation) grid centred on the patient z axis, in core Geometry form. */
export function makeAxialGrid(o: AxialGridOptions): Geometry {
  const di = o.fieldOfViewMm / o.columns;
  const dj = o.fieldOfViewMm / o.rows;
  const dk = o.slices > 1 ? (o.zEndMm - o.zStartMm) / (o.slices - 1) : 1;
  return {
    dimensions: [o.columns, o.rows, o.slices],
    origin: patientPoint(-((o.columns - 1) / 2) * di, -((o.rows - 1) / 2) * dj, o.zStartMm),
    rowDirection: [1, 0, 0],
    columnDirection: [0, 1, 0],
    sliceDirection: [0, 0, 1],
    spacing: [di, dj, dk],
  };
}
