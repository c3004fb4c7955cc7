import type { PatientPoint } from '@caliper/core';
import type { RigidTransform } from './rigidTransform';
import { IDENTITY_RIGID } from './rigidTransform';

/**
 * The reader's one-landmark correction: keep `base`'s rotation (default none) and choose the
 * translation (mm) so that the current study's landmark lands exactly on the prior's:
 * t = p_prior − R·p_current. One point pair fixes translation only; rotation needs the computed
 * alignment (or more pairs).
 */
export function rigidFromLandmarks(priorPoint: PatientPoint, currentPoint: PatientPoint, base: RigidTransform = IDENTITY_RIGID): RigidTransform {
  const R = base.rotation, q = currentPoint;
  return {
    rotation: [...R],
    translationMm: [
      priorPoint[0] - (R[0] * q[0] + R[1] * q[1] + R[2] * q[2]),
      priorPoint[1] - (R[3] * q[0] + R[4] * q[1] + R[5] * q[2]),
      priorPoint[2] - (R[6] * q[0] + R[7] * q[1] + R[8] * q[2]),
    ],
  };
}
