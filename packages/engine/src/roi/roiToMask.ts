import type { Mask, Result, Volume } from '@caliper/core';
import { asPatient, err, ok, patientToVoxel } from '@caliper/core';
import { boxToMask } from './boxToMask';
import { sphereToMask } from './sphereToMask';
import { thresholdToMask } from './thresholdToMask';
import { polygonToMask } from './polygonToMask';
import { ellipseToMask } from './ellipseToMask';
import { growRegion } from '../grow/growRegion';
import type { MaskRoiSpec, RoiSpec } from './roiSpec';

/** Turns a `{"type":"mask"}` spec into a mask on the volume's grid (the caller reads the file). */
export type ResolveMask = (spec: MaskRoiSpec) => Result<Mask, string>;

export interface RoiToMaskOptions {
  /** Buffer (grid size) for the result's data, reused between calls; nested ROIs (threshold.within) allocate their own. */
  readonly out?: Uint8Array;
  /** `out` is known to be all zero: skip clearing it. */
  readonly outIsZeroed?: boolean;
}

/** Build the mask of a RoiSpec on `volume`'s grid. Errors (e.g. a seed outside the volume, an unresolvable mask) are named. */
export function roiToMask(volume: Volume, spec: RoiSpec, resolveMask?: ResolveMask, options: RoiToMaskOptions = {}): Result<Mask, string> {
  const g = volume.geometry;
  const out = options.out;
  const outIsZeroed = options.outIsZeroed;
  switch (spec.type) {
    case 'sphere':
      return ok(sphereToMask(g, asPatient(spec.centerMm), spec.radiusMm, { out, outIsZeroed }));
    case 'box':
      return ok(boxToMask(g, asPatient(spec.minMm), asPatient(spec.maxMm), { out, outIsZeroed }));
    case 'grow': {
      const s = patientToVoxel(g, asPatient(spec.seedMm));
      const seed = [Math.round(s[0]), Math.round(s[1]), Math.round(s[2])] as const;
      if (seed.some((x, d) => x < 0 || x >= g.dimensions[d])) return err(`grow: seed ${JSON.stringify(spec.seedMm)} mm is outside the volume`);
      return ok(growRegion(g.dimensions, volume.data, seed, spec.lower, spec.upper, { out, outIsZeroed }).mask);
    }
    case 'threshold': {
      const within = roiToMask(volume, spec.within, resolveMask);
      if (!within.ok) return within;
      return ok(thresholdToMask(volume, { within: within.value, min: spec.min, max: spec.max, percentOfMax: spec.percentOfMax, out, outIsZeroed }));
    }
    case 'polygon':
      return ok(polygonToMask(g, spec.sliceIndex, spec.pointsMm.map(asPatient), { out, outIsZeroed }));
    case 'ellipse':
      return ok(ellipseToMask(g, spec.sliceIndex, asPatient(spec.centerMm), asPatient(spec.axisAMm), asPatient(spec.axisBMm), { out, outIsZeroed }));
    case 'mask': {
      if (!resolveMask) return err(`mask: no resolver for ${spec.path}`);
      const m = resolveMask(spec);
      if (!m.ok) return m;
      const d = m.value.dimensions;
      if (d[0] !== g.dimensions[0] || d[1] !== g.dimensions[1] || d[2] !== g.dimensions[2]) return err(`mask: ${spec.path} is not on the volume's grid`);
      return m;
    }
  }
}
