import type { PatientPoint } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import type { RigidTransform } from './rigidTransform';

/** R·p + t: a point in the source study's patient LPS mm to the target study's (e.g. current → prior). */
export function applyRigid(t: RigidTransform, p: PatientPoint): PatientPoint {
  const R = t.rotation, d = t.translationMm;
  return patientPoint(
    R[0] * p[0] + R[1] * p[1] + R[2] * p[2] + d[0],
    R[3] * p[0] + R[4] * p[1] + R[5] * p[2] + d[1],
    R[6] * p[0] + R[7] * p[1] + R[8] * p[2] + d[2],
  );
}
