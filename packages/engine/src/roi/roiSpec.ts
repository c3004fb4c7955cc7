import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';

export type Vec3Json = readonly [number, number, number];

export interface SphereRoiSpec { readonly type: 'sphere'; readonly centerMm: Vec3Json; readonly radiusMm: number }
export interface BoxRoiSpec { readonly type: 'box'; readonly minMm: Vec3Json; readonly maxMm: Vec3Json }
export interface GrowRoiSpec { readonly type: 'grow'; readonly seedMm: Vec3Json; readonly lower: number; readonly upper: number }
export interface ThresholdRoiSpec {
  readonly type: 'threshold';
  readonly within: RoiSpec;
  readonly min?: number;
  readonly max?: number;
  readonly percentOfMax?: number;
}
/** A closed polygon on acquisition slice `sliceIndex` (vertices in patient LPS mm, projected onto the slice). */
export interface PolygonRoiSpec { readonly type: 'polygon'; readonly sliceIndex: number; readonly pointsMm: readonly Vec3Json[] }
/** An ellipse on slice `sliceIndex`: centre and the end points of two perpendicular semi-axes (LPS mm). */
export interface EllipseRoiSpec { readonly type: 'ellipse'; readonly sliceIndex: number; readonly centerMm: Vec3Json; readonly axisAMm: Vec3Json; readonly axisBMm: Vec3Json }
/** Resolved by the caller (NIfTI, DICOM SEG or RTSTRUCT file) into a Mask on the volume's grid. */
export interface MaskRoiSpec { readonly type: 'mask'; readonly path: string; readonly segment?: number; readonly roiName?: string }

/** The ROI JSON forms of `caliper measure --roi` (coordinates in patient LPS mm, values in the volume's unit). */
export type RoiSpec = SphereRoiSpec | BoxRoiSpec | GrowRoiSpec | ThresholdRoiSpec | MaskRoiSpec | PolygonRoiSpec | EllipseRoiSpec;

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isVec3 = (x: unknown): x is Vec3Json => Array.isArray(x) && x.length === 3 && x.every(isNum);

/** Check an untrusted value (parsed JSON) against RoiSpec; the error names the offending field. */
export function validateRoiSpec(x: unknown, path = 'roi'): Result<RoiSpec, string> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return err(`${path}: expected an object`);
  const o = x as Record<string, unknown>;
  const vec = (k: string): string | null => (isVec3(o[k]) ? null : `${path}.${k}: expected [x, y, z] numbers (mm)`);
  const num = (k: string, optional = false): string | null => (optional && o[k] === undefined) || isNum(o[k]) ? null : `${path}.${k}: expected a number`;
  const first = (...errors: (string | null)[]): string | null => errors.find((e) => e !== null) ?? null;
  let e: string | null;
  switch (o.type) {
    case 'sphere':
      e = first(vec('centerMm'), num('radiusMm'), isNum(o.radiusMm) && o.radiusMm < 0 ? `${path}.radiusMm: must be >= 0` : null);
      return e ? err(e) : ok({ type: 'sphere', centerMm: o.centerMm as Vec3Json, radiusMm: o.radiusMm as number });
    case 'box':
      e = first(vec('minMm'), vec('maxMm'));
      return e ? err(e) : ok({ type: 'box', minMm: o.minMm as Vec3Json, maxMm: o.maxMm as Vec3Json });
    case 'grow':
      e = first(vec('seedMm'), num('lower'), num('upper'));
      return e ? err(e) : ok({ type: 'grow', seedMm: o.seedMm as Vec3Json, lower: o.lower as number, upper: o.upper as number });
    case 'threshold': {
      e = first(num('min', true), num('max', true), num('percentOfMax', true));
      if (e) return err(e);
      if (o.min === undefined && o.max === undefined && o.percentOfMax === undefined) return err(`${path}: give min, max or percentOfMax`);
      const within = validateRoiSpec(o.within, `${path}.within`);
      if (!within.ok) return within;
      const opt = (k: 'min' | 'max' | 'percentOfMax') => (o[k] === undefined ? {} : { [k]: o[k] as number });
      return ok({ type: 'threshold', within: within.value, ...opt('min'), ...opt('max'), ...opt('percentOfMax') });
    }
    case 'mask':
      if (typeof o.path !== 'string' || o.path === '') return err(`${path}.path: expected a file path`);
      if (o.segment !== undefined && !(Number.isInteger(o.segment) && (o.segment as number) >= 0)) return err(`${path}.segment: expected a non-negative integer`);
      if (o.roiName !== undefined && typeof o.roiName !== 'string') return err(`${path}.roiName: expected a string`);
      return ok({
        type: 'mask',
        path: o.path,
        ...(o.segment === undefined ? {} : { segment: o.segment as number }),
        ...(o.roiName === undefined ? {} : { roiName: o.roiName as string }),
      });
    case 'polygon': {
      const slice = Number.isInteger(o.sliceIndex) && (o.sliceIndex as number) >= 0 ? null : `${path}.sliceIndex: expected a non-negative integer`;
      const pts = Array.isArray(o.pointsMm) && o.pointsMm.length >= 3 && o.pointsMm.every(isVec3) ? null : `${path}.pointsMm: expected at least 3 [x, y, z] points (mm)`;
      e = first(slice, pts);
      return e ? err(e) : ok({ type: 'polygon', sliceIndex: o.sliceIndex as number, pointsMm: o.pointsMm as Vec3Json[] });
    }
    case 'ellipse': {
      const slice = Number.isInteger(o.sliceIndex) && (o.sliceIndex as number) >= 0 ? null : `${path}.sliceIndex: expected a non-negative integer`;
      e = first(slice, vec('centerMm'), vec('axisAMm'), vec('axisBMm'));
      return e ? err(e) : ok({ type: 'ellipse', sliceIndex: o.sliceIndex as number, centerMm: o.centerMm as Vec3Json, axisAMm: o.axisAMm as Vec3Json, axisBMm: o.axisBMm as Vec3Json });
    }
    default:
      return err(`${path}.type: expected one of sphere, box, grow, threshold, mask, polygon, ellipse`);
  }
}
