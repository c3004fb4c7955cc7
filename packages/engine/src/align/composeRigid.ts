import type { RigidTransform } from './rigidTransform';

/**
 * `outer ∘ inner`: p ↦ outer(inner(p)), i.e. rotation R_o·R_i and translation R_o·t_i + t_o (mm).
 * E.g. composeRigid(currentToPrior, followUpToCurrent) maps a third visit onto the prior.
 */
export function composeRigid(outer: RigidTransform, inner: RigidTransform): RigidTransform {
  const A = outer.rotation, B = inner.rotation, a = outer.translationMm, b = inner.translationMm;
  const rotation = new Array<number>(9);
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) rotation[3 * r + c] = A[3 * r] * B[c] + A[3 * r + 1] * B[3 + c] + A[3 * r + 2] * B[6 + c];
  return {
    rotation,
    translationMm: [
      A[0] * b[0] + A[1] * b[1] + A[2] * b[2] + a[0],
      A[3] * b[0] + A[4] * b[1] + A[5] * b[2] + a[1],
      A[6] * b[0] + A[7] * b[1] + A[8] * b[2] + a[2],
    ],
  };
}
