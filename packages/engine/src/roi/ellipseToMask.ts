import type { Geometry, Mask, PatientPoint } from '@caliper/core';
import { clampBbox, createMask } from '../mask/createMask';
import { computeMaskBbox } from '../mask/computeMaskBbox';
import { inPlaneCoordinates } from './inPlaneCoordinates';

export interface EllipseToMaskOptions {
  readonly out?: Uint8Array;
  /** `out` is known to be all zero: skip clearing it (see createMask). */
  readonly outIsZeroed?: boolean;
}

/**
 * Rasterise an ellipse on slice `sliceIndex`. The ellipse is given by its centre and the end points
 * of two perpendicular semi-axes, all in patient LPS mm (projected onto the slice plane). A voxel
 * belongs iff its centre satisfies (d·a/|a|²)² + (d·b/|b|²)² <= 1 (inclusive), d = centre offset.
 */
export function ellipseToMask(
  geometry: Geometry,
  sliceIndex: number,
  centerMm: PatientPoint,
  axisEndAMm: PatientPoint,
  axisEndBMm: PatientPoint,
  options: EllipseToMaskOptions = {},
): Mask {
  const mask = createMask(geometry.dimensions, { out: options.out, outIsZeroed: options.outIsZeroed });
  if (sliceIndex < 0 || sliceIndex >= geometry.dimensions[2]) return mask;
  const [cu, cv] = inPlaneCoordinates(geometry, centerMm);
  const [au0, av0] = inPlaneCoordinates(geometry, axisEndAMm);
  const [bu0, bv0] = inPlaneCoordinates(geometry, axisEndBMm);
  const au = au0 - cu, av = av0 - cv, bu = bu0 - cu, bv = bv0 - cv;
  const a2 = au * au + av * av, b2 = bu * bu + bv * bv;
  if (a2 === 0 || b2 === 0) return mask;
  const [si, sj] = geometry.spacing;
  const ru = Math.sqrt(au * au + bu * bu), rv = Math.sqrt(av * av + bv * bv);
  const box = clampBbox(
    geometry.dimensions,
    [Math.floor((cu - ru) / si), Math.floor((cv - rv) / sj), sliceIndex],
    [Math.ceil((cu + ru) / si), Math.ceil((cv + rv) / sj), sliceIndex],
  );
  if (!box) return mask;
  const [ni, nj] = geometry.dimensions;
  for (let j = box[0][1]; j <= box[1][1]; j++) {
    const dv = j * sj - cv;
    const row = (sliceIndex * nj + j) * ni;
    for (let i = box[0][0]; i <= box[1][0]; i++) {
      const du = i * si - cu;
      const x = (du * au + dv * av) / a2, y = (du * bu + dv * bv) / b2;
      if (x * x + y * y <= 1 + 1e-12) mask.data[row + i] = 1;
    }
  }
  return { ...mask, bbox: computeMaskBbox(geometry.dimensions, mask.data, { within: box }) };
}
