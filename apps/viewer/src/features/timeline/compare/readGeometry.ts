import { metaData, type Types } from '@cornerstonejs/core';
import { asPatient, cross, type Vec3 } from '@caliper/core';
import type { SeriesGeometry } from '../align/types';

/** A displayed stack's geometry plus the imageIds it was read from (index k ↔ imageIds[k]). */
export interface ShownGeometry extends SeriesGeometry {
  readonly imageIds: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
}

const unit = (v: ArrayLike<number>): Vec3 => {
  const n = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / n, v[1] / n, v[2] / n];
};

/**
 * Reads a stack's geometry from Cornerstone's metadata (the headers must be registered, see
 * prepareSeries). Returns the reason instead when an image lacks position or orientation: such a
 * series cannot be synchronised by patient position.
 */
export function readGeometry(seriesInstanceUID: string, imageIds: readonly string[]): ShownGeometry | string {
  if (!imageIds.length) return 'the series has no images';
  const planes = imageIds.map((id) => metaData.get('imagePlaneModule', id) as Types.ImagePlaneModule | undefined);
  const first = planes[0];
  if (!first?.rowCosines || !first.columnCosines) return 'images without ImageOrientationPatient';
  if (planes.some((p) => !p?.imagePositionPatient)) return 'images without ImagePositionPatient';
  const rowDirection = unit(first.rowCosines);
  const columnDirection = unit(first.columnCosines);
  return {
    seriesInstanceUID,
    frameOfReferenceUID: first.frameOfReferenceUID || undefined,
    rowDirection,
    columnDirection,
    normal: unit(cross(rowDirection, columnDirection)),
    pixelSpacing: [first.rowPixelSpacing ?? 1, first.columnPixelSpacing ?? 1],
    rows: first.rows,
    columns: first.columns,
    positions: planes.map((p) => asPatient(p!.imagePositionPatient!)),
    ...(first.sliceThickness ? { sliceThicknessMm: first.sliceThickness } : {}),
    imageIds,
    indexOf: new Map(imageIds.map((id, k) => [id, k])),
  };
}
