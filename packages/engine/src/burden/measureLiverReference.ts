import type { PatientPoint, Result, Volume } from '@caliper/core';
import { measureSphereReference } from './measureSphereReference';
import type { SphereReference } from './measureSphereReference';

export interface MeasureLiverReferenceOptions {
  /** Default 15 mm (a 3 cm sphere, PERCIST 1.0). */
  readonly radiusMm?: number;
  /** Largest accepted SD/mean; default 0.30 (above it the sphere is not in homogeneous liver). */
  readonly maxCv?: number;
}

/** The liver sphere's mean, population SD, max and CV (SD/mean, unitless). */
export type LiverReference = SphereReference;

/**
 * PERCIST 1.0 liver reference: measureSphereReference with a 3 cm sphere (voxel centres within
 * 15 mm of `centerMm`, patient LPS mm) and CV ≤ 0.30, in the volume's unit (SUVbw here; SUL =
 * SUVbw × LBM/W scales mean and SD alike). Errors when the sphere is not entirely inside the image
 * or its CV exceeds maxCv: a liver reference partly outside the body or straddling a lesion or
 * vessel is unusable. Ignores any exclusion (issue 14 step 7).
 */
export function measureLiverReference(volume: Volume, centerMm: PatientPoint, options: MeasureLiverReferenceOptions = {}): Result<LiverReference, string> {
  return measureSphereReference(volume, centerMm, { diameterMm: 2 * (options.radiusMm ?? 15), maxCv: options.maxCv ?? 0.3, label: 'liver sphere', tissue: 'liver' });
}
