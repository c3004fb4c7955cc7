/**
 * A rigid motion between two patient coordinate systems (DICOM LPS, mm): p' = R·p + t.
 * Plain arrays so it serialises as is (JSON, structured clone) and can be saved with a reading.
 * In the longitudinal comparison it maps the **current** study's patient coordinates to the
 * **prior** study's (`alignRigid(prior, current)`).
 */
export interface RigidTransform {
  /** 3×3 rotation, row-major (R[r][c] = rotation[3r + c]); orthonormal with determinant +1. */
  readonly rotation: readonly number[];
  /** Translation t in mm (LPS). */
  readonly translationMm: readonly [number, number, number];
}

/** Same frame of reference: patient positions already agree. */
export const IDENTITY_RIGID: RigidTransform = { rotation: [1, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [0, 0, 0] };
