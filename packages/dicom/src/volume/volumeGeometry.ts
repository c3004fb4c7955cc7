import type { FileError, Geometry, Result } from '@caliper/core';
import { asPatient, err, ok } from '@caliper/core';
import type { Series } from '../model/series';
import { axesOf, normalize } from '../series/vec';

/**
 * Grid geometry of a sorted stack (core Geometry conventions): origin = first slice's IPP,
 * sliceDirection = normalised (last − first) position (row × column for one slice), slice spacing =
 * |last − first| / (n − 1) (SpacingBetweenSlices, else SliceThickness, else 1 mm for one slice).
 * Fails when a slice is off that regular grid, unless `allowIrregular`.
 */
export function volumeGeometry(series: Series, allowIrregular = false): Result<Geometry, FileError> {
  const fail = (reason: string) => err<FileError>({ file: series.id, reason });
  const { orientation, pixelSpacing, slices } = series;
  if (!orientation || !pixelSpacing) return fail('missing geometry: no ImageOrientationPatient or PixelSpacing');
  const first = slices[0]?.position;
  const last = slices[slices.length - 1]?.position;
  if (!first || !last) return fail('missing geometry: no ImagePositionPatient');
  const { row, col, normal } = axesOf(orientation);
  const n = slices.length;
  let sliceDirection = normal;
  let dk: number;
  if (n > 1) {
    const d: [number, number, number] = [last[0] - first[0], last[1] - first[1], last[2] - first[2]];
    dk = Math.hypot(d[0], d[1], d[2]) / (n - 1);
    sliceDirection = normalize(d);
  } else {
    const inst = slices[0].instance;
    dk = inst.spacingBetweenSlices ?? inst.sliceThickness ?? 1;
  }
  if (!(dk > 0)) return fail('slice spacing is zero (all slices at one position)');
  // Every slice must sit on the line origin + k·dk·sliceDirection (within 5 % of a step + 0.01 mm):
  // otherwise the grid would misplace the slices in between.
  const tol = 0.05 * dk + 0.01;
  for (let k = 1; k < n - 1 && !allowIrregular; k++) {
    const p = slices[k].position!;
    const e = [first[0] + k * dk * sliceDirection[0], first[1] + k * dk * sliceDirection[1], first[2] + k * dk * sliceDirection[2]];
    const off = Math.hypot(p[0] - e[0], p[1] - e[1], p[2] - e[2]);
    if (off > tol) return fail(`slice ${k} (${slices[k].instance.file}) is ${off.toFixed(3)} mm off the regular grid (positions not collinear or not evenly spaced)`);
  }
  return ok({
    dimensions: [series.columns, series.rows, n],
    origin: asPatient(first),
    rowDirection: row,
    columnDirection: col,
    sliceDirection,
    spacing: [pixelSpacing[1], pixelSpacing[0], dk],
  });
}
