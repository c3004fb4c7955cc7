import type { RigidTransform } from './rigidTransform';

/** The inverse motion: p = Rᵀ·(p' − t), i.e. rotation Rᵀ and translation −Rᵀ·t (mm). */
export function invertRigid(t: RigidTransform): RigidTransform {
  const R = t.rotation, d = t.translationMm;
  const rotation = [R[0], R[3], R[6], R[1], R[4], R[7], R[2], R[5], R[8]];
  return {
    rotation,
    translationMm: [
      -(rotation[0] * d[0] + rotation[1] * d[1] + rotation[2] * d[2]),
      -(rotation[3] * d[0] + rotation[4] * d[1] + rotation[5] * d[2]),
      -(rotation[6] * d[0] + rotation[7] * d[1] + rotation[8] * d[2]),
    ],
  };
}
